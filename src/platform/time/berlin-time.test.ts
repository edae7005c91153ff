import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { berlinOffsetMinutes, berlinToUtc, isValidDay, shiftBerlinDays, utcToBerlin } from './berlin-time.ts';

describe('Berlin local time', () => {
  it('converts winter and summer times with their own offsets', () => {
    assert.equal(berlinToUtc('2027-01-15', '17:00').toISOString(), '2027-01-15T16:00:00.000Z');
    assert.equal(berlinToUtc('2027-09-30', '17:00').toISOString(), '2027-09-30T15:00:00.000Z');
    assert.equal(berlinToUtc('2027-11-04', '16:30').toISOString(), '2027-11-04T15:30:00.000Z');
  });

  it('is right on both sides of the spring clock change (28 March 2027)', () => {
    assert.equal(berlinToUtc('2027-03-28', '01:59').toISOString(), '2027-03-28T00:59:00.000Z');
    assert.equal(berlinToUtc('2027-03-28', '03:00').toISOString(), '2027-03-28T01:00:00.000Z');
    // 02:30 does not exist that night; it is read as 03:30 summer time
    assert.equal(berlinToUtc('2027-03-28', '02:30').toISOString(), '2027-03-28T01:30:00.000Z');
  });

  it('is right on both sides of the autumn clock change (31 October 2027)', () => {
    assert.equal(berlinToUtc('2027-10-31', '01:30').toISOString(), '2027-10-30T23:30:00.000Z');
    assert.equal(berlinToUtc('2027-10-31', '03:30').toISOString(), '2027-10-31T02:30:00.000Z');
    // 02:30 happens twice; the first (summer time) is meant
    assert.equal(berlinToUtc('2027-10-31', '02:30').toISOString(), '2027-10-31T00:30:00.000Z');
  });

  it('reads instants back as Berlin day and clock time, also across midnight', () => {
    assert.deepEqual(utcToBerlin(new Date('2027-09-30T15:00:00Z')), { date: '2027-09-30', time: '17:00' });
    assert.deepEqual(utcToBerlin(new Date('2027-12-31T23:30:00Z')), { date: '2028-01-01', time: '00:30' });
    assert.equal(berlinOffsetMinutes(new Date('2027-07-01T12:00:00Z')), 120);
    assert.equal(berlinOffsetMinutes(new Date('2027-12-01T12:00:00Z')), 60);
  });

  it('keeps the clock time when shifting by days across a clock change', () => {
    const kickOff = berlinToUtc('2027-09-30', '17:00');
    const fiveWeeksLater = shiftBerlinDays(kickOff, 35);
    assert.deepEqual(utcToBerlin(fiveWeeksLater), { date: '2027-11-04', time: '17:00' });
    assert.equal(fiveWeeksLater.toISOString(), '2027-11-04T16:00:00.000Z');
    assert.deepEqual(utcToBerlin(shiftBerlinDays(kickOff, -365)), { date: '2026-09-30', time: '17:00' });
  });

  it('refuses days that do not exist', () => {
    assert.equal(isValidDay('2027-02-29'), false);
    assert.equal(isValidDay('2028-02-29'), true);
    assert.throws(() => berlinToUtc('2027-04-31', '10:00'), RangeError);
    assert.throws(() => berlinToUtc('2027-04-30', '24:00'), RangeError);
  });
});
