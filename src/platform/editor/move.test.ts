import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { reorder } from './move.ts';

const list = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];

describe('reorder', () => {
  it('swaps an entry with its neighbour', () => {
    assert.deepEqual(
      [...reorder(list, 'b', 'hoch')],
      [
        ['b', 1],
        ['a', 2],
        ['c', 3],
      ],
    );
    assert.deepEqual(
      [...reorder(list, 'b', 'runter')],
      [
        ['a', 1],
        ['c', 2],
        ['b', 3],
      ],
    );
  });

  it('leaves the order at the ends and for an unknown entry, but numbers from 1 without gaps', () => {
    const expected = [
      ['a', 1],
      ['b', 2],
      ['c', 3],
    ];
    assert.deepEqual([...reorder(list, 'a', 'hoch')], expected);
    assert.deepEqual([...reorder(list, 'c', 'runter')], expected);
    assert.deepEqual([...reorder(list, 'x', 'hoch')], expected);
  });
});
