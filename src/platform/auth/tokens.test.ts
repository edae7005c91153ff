import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { createTestRuntime, createTestUser, eachBackend, type TestRuntime } from '../../testing/harness.ts';
import { issueAccountToken, peekAccountToken, redeemAccountToken } from './tokens.ts';

/*
 * The link secrets arrive from a query string or a form, so they can be anything a parser
 * makes of hostile input: a list (`?token=a&token=b`), an object, nothing at all. None of it
 * may reach the hash function, which would throw on a list and turn a bad link into a 500.
 */
eachBackend('account link secrets', (backend) => {
  let rt: TestRuntime;
  before(async () => {
    rt = await createTestRuntime(backend);
  });
  after(async () => {
    await rt.close();
  });

  it('answers "no such link" for values that are no string, without throwing', async () => {
    const user = await createTestUser(rt.deps);
    const raw = await issueAccountToken(rt.deps.db, user.id, 'reset-password');
    for (const hostile of [[raw, raw], { raw }, undefined, null, 42, Buffer.from(raw)]) {
      assert.equal(await peekAccountToken(rt.deps.db, hostile, 'reset-password'), undefined, `peek ${typeof hostile}`);
      assert.equal(await redeemAccountToken(rt.deps.db, hostile, 'reset-password'), undefined, `redeem ${typeof hostile}`);
    }
    assert.equal((await redeemAccountToken(rt.deps.db, raw, 'reset-password'))?.userId, user.id, 'the link itself still works');
  });

  it('answers "no such link" for strings too short or too long to be one', async () => {
    for (const length of [0, 19, 101, 5_000]) {
      assert.equal(await redeemAccountToken(rt.deps.db, 'a'.repeat(length), 'verify-email'), undefined);
    }
  });

  it('redeems a link once, only for its own purpose', async () => {
    const user = await createTestUser(rt.deps);
    const raw = await issueAccountToken(rt.deps.db, user.id, 'change-email', 'neu@beispiel.de');
    assert.equal(await redeemAccountToken(rt.deps.db, raw, 'reset-password'), undefined, 'another purpose');
    assert.equal((await peekAccountToken(rt.deps.db, raw, 'change-email'))?.newEmail, 'neu@beispiel.de');
    assert.equal((await redeemAccountToken(rt.deps.db, raw, 'change-email'))?.userId, user.id);
    assert.equal(await redeemAccountToken(rt.deps.db, raw, 'change-email'), undefined, 'a second time');
  });
});
