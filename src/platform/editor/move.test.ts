import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { moveEntry, reorder } from './move.ts';

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

  it('writes only the positions that change, and says where the entry was and went', async () => {
    const positioned = [
      { id: 'a', position: 1 },
      { id: 'b', position: 2 },
      { id: 'c', position: 5 },
    ];
    const written: [string, number][] = [];
    const write = async (id: string, position: number) => {
      written.push([id, position]);
    };
    assert.deepEqual(await moveEntry(positioned, 'b', 'runter', write), { before: 2, after: 3 });
    assert.deepEqual(written, [
      ['b', 3],
      ['c', 2],
    ]);
    assert.equal(await moveEntry(positioned, 'x', 'hoch', write), undefined);
    assert.equal(written.length, 2, 'nothing written for an entry the list lacks');
  });
});
