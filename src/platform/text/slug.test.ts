import assert from 'node:assert/strict';
import { it } from 'node:test';
import { firstFreeSlug, slugify } from './slug.ts';
import { isUuid } from './uuid.ts';

it('spells German letters out and falls back when nothing readable is left', () => {
  assert.equal(slugify('Fördermittel für Straßen – Übersicht', 'beitrag'), 'foerdermittel-fuer-strassen-uebersicht');
  assert.equal(slugify('🎉🎉', 'beitrag'), 'beitrag');
  assert.equal(slugify('Ein sehr langer Titel', 'x', 8), 'ein-sehr');
});

it('finds the first free address, never a reserved one', () => {
  assert.equal(firstFreeSlug('tag', new Set()), 'tag');
  assert.equal(firstFreeSlug('tag', new Set(['tag', 'tag-2'])), 'tag-3');
  assert.equal(firstFreeSlug('archiv', new Set(), new Set(['archiv'])), 'archiv-2');
});

it('tells an id from anything else', () => {
  assert.equal(isUuid('4b000000-0000-4000-8000-0000000000F1'), true);
  assert.equal(isUuid('4b000000-0000-4000-8000-0000000000f1x'), false);
  assert.equal(isUuid('a\u0000b'), false);
});
