import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ineligibility, type Applicant } from './eligibility.ts';
import { euroInput, formatEuro, parseEuro } from '../../../platform/text/money.ts';
import { callPhase, timeLeft } from './phase.ts';

describe('amounts in euros', () => {
  it('reads what people in Germany type, in whole cents', () => {
    assert.deepEqual(parseEuro('100000'), { cents: 10_000_000 });
    assert.deepEqual(parseEuro('100.000'), { cents: 10_000_000 });
    assert.deepEqual(parseEuro('100.000,5'), { cents: 10_000_050 });
    assert.deepEqual(parseEuro(' 1.000.000,00 € '), { cents: 100_000_000 });
    assert.deepEqual(parseEuro('2500 EUR'), { cents: 250_000 });
    assert.deepEqual(parseEuro('0,99'), { cents: 99 });
  });

  it('refuses letters, a minus, too many decimals, English separators and absurd sums instead of guessing', () => {
    assert.deepEqual(parseEuro('100 Tausend'), { problem: 'format' });
    assert.deepEqual(parseEuro('1e5'), { problem: 'format' });
    assert.deepEqual(parseEuro('-500'), { problem: 'negative' });
    assert.deepEqual(parseEuro('100,123'), { problem: 'decimals' });
    assert.deepEqual(parseEuro('100,000.00'), { problem: 'format' });
    assert.deepEqual(parseEuro('10.00'), { problem: 'format' }, 'a dot that is no thousands separator');
    assert.deepEqual(parseEuro(''), { problem: 'format' });
    assert.deepEqual(parseEuro('99999999999999'), { problem: 'tooLarge' });
  });

  it('shows amounts as each language writes them, and as the form takes them back', () => {
    // a no-break space keeps the sign with the number
    assert.equal(formatEuro('de', 10_000_000), '100.000\u00a0€');
    assert.equal(formatEuro('de', 10_000_050), '100.000,50\u00a0€');
    assert.equal(formatEuro('en', 10_000_000), '€100,000');
    assert.equal(euroInput(10_000_050), '100.000,50');
    assert.deepEqual(parseEuro(euroInput(123_456_789)), { cents: 123_456_789 });
  });
});

describe('who may apply', () => {
  const call = { eligibleTypes: ['gemeinde', 'amt', 'kreis'], agsPrefix: '01', populationMin: null, populationMax: null };
  const gemeinde: Applicant = { type: 'gemeinde', ags: '01059083', amtsschluessel: null, ars: null, population: 2350 };

  it('lets in a municipality of the named kind and state', () => {
    assert.deepEqual(ineligibility(call, gemeinde), []);
    assert.deepEqual(ineligibility(call, { ...gemeinde, type: 'amt', ags: null, amtsschluessel: '010595966' }), [], 'an Amt by its Amtsschlüssel');
  });

  it('names every condition that is not met', () => {
    assert.deepEqual(ineligibility(call, { ...gemeinde, type: 'unternehmen' }), ['type']);
    assert.deepEqual(ineligibility(call, { ...gemeinde, ags: '03241001' }), ['state']);
    assert.deepEqual(ineligibility(call, { ...gemeinde, ags: null }), ['noKey']);
    assert.deepEqual(ineligibility(call, { ...gemeinde, type: 'stadt', ags: '07111000' }), ['type', 'state']);
    assert.deepEqual(ineligibility({ ...call, agsPrefix: null }, { ...gemeinde, ags: '07111000' }), [], 'a call for all states');
  });

  it('checks population limits, and says so when the population is not known', () => {
    const small = { ...call, populationMin: null, populationMax: 5000 };
    assert.deepEqual(ineligibility(small, gemeinde), []);
    assert.deepEqual(ineligibility(small, { ...gemeinde, population: 5000 }), [], 'the limit itself is inside');
    assert.deepEqual(ineligibility(small, { ...gemeinde, population: 5001 }), ['populationTooLarge']);
    assert.deepEqual(ineligibility({ ...call, populationMin: 10_000, populationMax: null }, gemeinde), ['populationTooSmall']);
    assert.deepEqual(ineligibility(small, { ...gemeinde, population: null }), ['populationUnknown']);
  });
});

describe('deadlines at the second', () => {
  const call = { opensAt: new Date('2026-12-01T08:00:00Z'), closesAt: new Date('2027-02-26T22:59:00Z') };

  it('is open from the opening second up to the second before the deadline', () => {
    assert.equal(callPhase(call, new Date('2026-12-01T07:59:59.999Z')), 'upcoming');
    assert.equal(callPhase(call, new Date('2026-12-01T08:00:00Z')), 'open');
    assert.equal(callPhase(call, new Date('2027-02-26T22:58:59.999Z')), 'open');
    assert.equal(callPhase(call, new Date('2027-02-26T22:59:00Z')), 'closed');
    assert.equal(callPhase(call, new Date('2027-02-26T22:59:01Z')), 'closed');
  });

  it('counts down in days, hours and minutes, and stops at zero', () => {
    assert.deepEqual(timeLeft(call.closesAt, new Date('2027-02-24T20:58:30Z')), { days: 2, hours: 2, minutes: 0 });
    assert.deepEqual(timeLeft(call.closesAt, new Date('2027-02-26T22:00:00Z')), { days: 0, hours: 0, minutes: 59 });
    assert.deepEqual(timeLeft(call.closesAt, new Date('2027-03-01T00:00:00Z')), { days: 0, hours: 0, minutes: 0 });
  });
});
