import assert from 'node:assert/strict';
import { it } from 'node:test';
import { PageCache } from './page-cache.ts';

it('keeps a page for its time and then forgets it', () => {
  let now = 1_000;
  const cache = new PageCache(2_000, 10, () => now);
  cache.set('de|/', '<p>A</p>');
  assert.equal(cache.get('de|/'), '<p>A</p>');
  assert.equal(cache.get('en|/'), undefined);
  now += 1_999;
  assert.equal(cache.get('de|/'), '<p>A</p>');
  now += 1;
  assert.equal(cache.get('de|/'), undefined);
});

it('drops the oldest page when full, and stores nothing when switched off', () => {
  const cache = new PageCache(60_000, 2);
  cache.set('a', 'A');
  cache.set('b', 'B');
  cache.set('c', 'C');
  assert.deepEqual(['a', 'b', 'c'].map((k) => cache.get(k)), [undefined, 'B', 'C']);
  const off = new PageCache(0);
  off.set('a', 'A');
  assert.equal(off.get('a'), undefined);
});
