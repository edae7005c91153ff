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

/** A long guide: numbered lines, so that every line differs from every other. */
const longText = (lines: number, label = 'Zeile') => Array.from({ length: lines }, (_, i) => `${label} ${i + 1}: Die Verwaltung prüft den Antrag.`);

it('finds the few changes between two versions of 5,000 lines', () => {
  const older = longText(5000);
  const newer = [...older];
  newer[1200] = 'Zeile 1201: Die Verwaltung prüft den Antrag digital.';
  newer.splice(3000, 0, 'Neu: ein Absatz über Fristen.');
  newer.splice(4500, 1);
  const d = diffLines(older.join('\n'), newer.join('\n'));
  const changed = d.filter((l) => l.kind !== 'same').map((l) => `${l.kind} ${l.text}`);
  assert.deepEqual(changed, [
    'removed Zeile 1201: Die Verwaltung prüft den Antrag.',
    'added Zeile 1201: Die Verwaltung prüft den Antrag digital.',
    'added Neu: ein Absatz über Fristen.',
    'removed Zeile 4500: Die Verwaltung prüft den Antrag.',
  ]);
  assert.equal(d.filter((l) => l.kind === 'same').length, 4998);
});

it('shows two versions that have nothing in common as the one removed and the other added, without comparing every pair of lines', () => {
  const older = longText(5000, 'Alt');
  const newer = longText(5000, 'Neu');
  const d = diffLines(older.join('\n'), newer.join('\n'));
  assert.equal(d.length, 10_000);
  assert.deepEqual(
    d.slice(0, 5000).map((l) => l.text),
    older,
  );
  assert.ok(d.slice(0, 5000).every((l) => l.kind === 'removed'));
  assert.ok(d.slice(5000).every((l) => l.kind === 'added'));
});
