import assert from 'node:assert/strict';
import { it } from 'node:test';
import { diffLines } from './diff.ts';

it('keeps equal texts as they are', () => {
  assert.deepEqual(diffLines('a\nb', 'a\nb'), [
    { kind: 'same', text: 'a' },
    { kind: 'same', text: 'b' },
  ]);
});

it('shows a changed line as removed, then added, between kept lines', () => {
  assert.deepEqual(diffLines('a\nb\nc', 'a\nB\nc'), [
    { kind: 'same', text: 'a' },
    { kind: 'removed', text: 'b' },
    { kind: 'added', text: 'B' },
    { kind: 'same', text: 'c' },
  ]);
});

it('finds the longest common part when lines are inserted and deleted', () => {
  const d = diffLines('x\na\nb\nc', 'a\nb\nneu\nc\nende');
  assert.deepEqual(
    d.map((l) => `${l.kind[0]}${l.text}`),
    ['rx', 'sa', 'sb', 'aneu', 'sc', 'aende'],
  );
});

it('handles empty texts on either side', () => {
  assert.deepEqual(diffLines('', 'a'), [
    { kind: 'removed', text: '' },
    { kind: 'added', text: 'a' },
  ]);
  assert.deepEqual(diffLines('a', 'a'), [{ kind: 'same', text: 'a' }]);
});
