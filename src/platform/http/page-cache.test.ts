import assert from 'node:assert/strict';
import { it } from 'node:test';
import { PageCache } from './page-cache.ts';

it('keeps a page for its time', () => {
  let now = 1_000;
  const cache = new PageCache(2_000, 10, () => now);
  cache.set('de|/', '<p>A</p>');
  assert.equal(cache.get('de|/')?.html, '<p>A</p>');
  assert.equal(cache.get('en|/'), undefined);
  now += 1_999;
  assert.equal(cache.get('de|/')?.html, '<p>A</p>');
});

it('lets one request render an expired page while the others get the old one, for a while', () => {
  let now = 0;
  const cache = new PageCache(2_000, 10, () => now, 10_000);
  cache.set('k', 'alt');
  now = 2_000;
  assert.equal(cache.get('k'), undefined, 'the first request after expiry renders');
  assert.equal(cache.get('k')?.html, 'alt', 'the others meanwhile get the page of a moment ago');
  now = 4_000;
  assert.equal(cache.get('k'), undefined, 'a render that never set its page is tried again');
  cache.set('k', 'neu');
  assert.equal(cache.get('k')?.html, 'neu');
  now = 4_000 + 2_000 + 10_000;
  assert.equal(cache.get('k'), undefined, 'too old to serve even while another renders');
  assert.equal(cache.get('k'), undefined);
});

it('drops the least recently used page when full, and stores nothing when switched off', () => {
  const cache = new PageCache(60_000, 2);
  cache.set('a', 'A');
  cache.set('b', 'B');
  cache.get('a');
  cache.set('c', 'C');
  assert.deepEqual(
    ['a', 'b', 'c'].map((k) => cache.get(k)?.html),
    ['A', undefined, 'C'],
  );
  const off = new PageCache(0);
  off.set('a', 'A');
  assert.equal(off.get('a'), undefined);
});
