import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEMO_ORGANISATIONS } from './seed.ts';
import { organisationSlug as slugify, uniqueSlug } from './slug.ts';

describe('slugify', () => {
  it('spells umlauts and ß out and joins words with hyphens', () => {
    assert.equal(slugify('Gemeinde Süderbrarup'), 'gemeinde-suederbrarup');
    assert.equal(slugify('Hansestadt Lübeck'), 'hansestadt-luebeck');
    assert.equal(slugify('Ökodorf Großenbrode – Ärzte & Co.'), 'oekodorf-grossenbrode-aerzte-co');
    assert.equal(slugify('  Café  Élan  '), 'cafe-elan');
  });

  it('never returns an empty slug', () => {
    assert.equal(slugify('–––'), 'organisation');
  });

  it('matches the fixed slugs of the demo organisations', () => {
    for (const demo of DEMO_ORGANISATIONS) assert.equal(slugify(demo.name), demo.slug);
  });
});

describe('uniqueSlug', () => {
  it('counts on from -2 when the slug is taken', () => {
    assert.equal(uniqueSlug('amt-nord', new Set()), 'amt-nord');
    assert.equal(uniqueSlug('amt-nord', new Set(['amt-nord'])), 'amt-nord-2');
    assert.equal(uniqueSlug('amt-nord', new Set(['amt-nord', 'amt-nord-2'])), 'amt-nord-3');
  });

  it('keeps "neu" free for the create form', () => {
    assert.equal(uniqueSlug('neu', new Set()), 'neu-2');
  });
});
