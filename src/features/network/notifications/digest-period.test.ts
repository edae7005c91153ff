import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Keyring } from '../../../platform/crypto.ts';
import { currentPeriod, isoWeek } from './digest-period.ts';
import { ALL_GROUPS, readUnsubscribeToken, signUnsubscribeToken } from './unsubscribe-token.ts';

describe('network digests: the period now due', () => {
  it('names the Berlin day whose 07:00 has passed, in winter and in summer time', () => {
    // 07:00 in Berlin is 06:00 UTC in winter, 05:00 UTC in summer
    assert.deepEqual(currentPeriod('daily', new Date('2026-12-08T05:59:59Z')), {
      frequency: 'daily',
      period: '2026-12-07',
      startsAt: new Date('2026-12-07T06:00:00Z'),
    });
    assert.equal(currentPeriod('daily', new Date('2026-12-08T06:00:00Z')).period, '2026-12-08');
    // half past midnight in Berlin: still the day before's digest
    assert.equal(currentPeriod('daily', new Date('2026-12-08T23:30:00Z')).period, '2026-12-08');
    assert.deepEqual(currentPeriod('daily', new Date('2027-07-01T05:00:00Z')).startsAt, new Date('2027-07-01T05:00:00Z'));
    assert.equal(currentPeriod('daily', new Date('2027-07-01T04:59:00Z')).period, '2027-06-30');
  });

  it('names the ISO week whose Monday 07:00 has passed', () => {
    // Monday 14 December 2026, 07:00 Berlin
    const monday = new Date('2026-12-14T06:00:00Z');
    assert.deepEqual(currentPeriod('weekly', monday), { frequency: 'weekly', period: '2026-W51', startsAt: monday });
    assert.equal(currentPeriod('weekly', new Date('2026-12-14T05:59:00Z')).period, '2026-W50');
    assert.equal(currentPeriod('weekly', new Date('2026-12-20T22:00:00Z')).period, '2026-W51');
    assert.deepEqual(currentPeriod('weekly', new Date('2026-12-10T12:00:00Z')).startsAt, new Date('2026-12-07T06:00:00Z'));
  });

  it('counts ISO weeks across the turn of the year', () => {
    assert.equal(isoWeek('2026-12-31'), '2026-W53');
    assert.equal(isoWeek('2027-01-03'), '2026-W53');
    assert.equal(isoWeek('2027-01-04'), '2027-W01');
    assert.equal(isoWeek('2024-12-30'), '2025-W01');
  });
});

describe('network unsubscribe tokens', () => {
  const keyring = new Keyring('a-secret-of-the-installation-0123456789-abcdef');
  const userId = '0e7e0150-0001-4000-8000-0000000000aa';
  const groupId = '0e7e0150-0002-4000-8000-000000000001';

  it('reads back the person and the group (or all groups) it was signed for', () => {
    const token = signUnsubscribeToken(keyring, { userId, groupId });
    assert.match(token, /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
    assert.deepEqual(readUnsubscribeToken(keyring, token), { userId, groupId });
    assert.deepEqual(readUnsubscribeToken(keyring, signUnsubscribeToken(keyring, { userId, groupId: ALL_GROUPS })), { userId, groupId: ALL_GROUPS });
  });

  it('refuses a token that is changed, garbled, signed for another group or by another installation', () => {
    const token = signUnsubscribeToken(keyring, { userId, groupId });
    const [user, group, mac] = token.split('.') as [string, string, string];
    const other = signUnsubscribeToken(keyring, { userId, groupId: '0e7e0150-0003-4000-8000-000000000001' });
    const flipped = `${mac.slice(0, -2)}${mac.at(-2) === 'A' ? 'B' : 'A'}${mac.at(-1)}`;
    for (const bad of [
      `${user}.${group}.${flipped}`,
      `${user}.${other.split('.')[1]}.${mac}`,
      `${user}.alle.${mac}`,
      `${user}.${group}`,
      `${token}.x`,
      'abc',
      '',
      `${user}.${group}.${mac}${'A'.repeat(300)}`,
      signUnsubscribeToken(new Keyring('another-installation-secret-0123456789-abcdef'), { userId, groupId }),
    ]) {
      assert.equal(readUnsubscribeToken(keyring, bad), undefined, bad);
    }
  });
});
