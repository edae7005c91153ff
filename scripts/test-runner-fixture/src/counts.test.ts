// Run only by src/platform/testing/test-runner.test.ts: one test of each outcome.
import assert from 'node:assert/strict';
import { test } from 'node:test';

test('passes', () => {
  assert.ok(true);
});

test('fails', () => {
  assert.fail('on purpose: the runner must count it and exit non-zero');
});

test('is skipped', { skip: 'on purpose' }, () => {});
