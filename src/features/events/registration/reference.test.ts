import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { newReference, parseReference } from './reference.ts';

describe('registration references', () => {
  it('look like DK-7KQ2-M9 and never use signs that are easily confused', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 2000; i++) {
      const reference = newReference();
      assert.match(reference, /^DK-[A-Z2-9]{4}-[A-Z2-9]{2}$/);
      assert.doesNotMatch(reference.slice(3), /[01OIL]/);
      seen.add(reference);
    }
    assert.ok(seen.size > 1990, 'random enough not to repeat in a few thousand draws');
  });

  it('are read forgivingly from a link or a check-in search, and nothing else passes', () => {
    assert.equal(parseReference(' dk-7kq2-m9 '), 'DK-7KQ2-M9');
    for (const bad of ['DK-7KQ2-M0', 'DK-7KQ2M9', 'XX-7KQ2-M9', 'DK-7KQ2-M9-', '', 42, undefined]) assert.equal(parseReference(bad), undefined, String(bad));
  });
});
