import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LOCALES, messagesFor, type Locale } from '../i18n/index.ts';
import { auditLabels, type AuditChange } from './labels.ts';

const labels = (locale: Locale = 'de') => auditLabels({ t: messagesFor(locale), locale });

/** "field: before → after" or "field: value", as a reader would summarise a row. */
function lines(changes: AuditChange[]): string[] {
  return changes.map((c) => ('value' in c ? `${c.field}: ${c.value.text}` : `${c.field}: ${c.before.text} → ${c.after.text}`));
}

describe('audit log labels', () => {
  it('names actions and subject types in the reader’s language', () => {
    assert.equal(labels('de').action('user.role'), 'Rolle geändert');
    assert.equal(labels('en').action('user.role'), 'Role changed');
    assert.equal(labels('de').subject('event'), 'Veranstaltung');
    assert.equal(labels('en').subject('user'), 'User account');
  });

  it('shows keys it does not know as they were recorded, including the names of Object’s own properties', () => {
    const l = labels();
    assert.equal(l.action('future.thing'), 'future.thing');
    assert.equal(l.action('constructor'), 'constructor');
    assert.equal(l.subject('toString'), 'toString');
    assert.deepEqual(
      lines(l.changes({ subjectType: 'constructor', before: { mystery: 'a', siteRole: 'hero' }, after: { mystery: 'b', siteRole: 'member' } })),
      ['Rolle: hero → member', 'mystery: a → b'],
    );
    assert.deepEqual(lines(l.changes({ subjectType: 'user', before: { siteRole: 'hero' }, after: { siteRole: 'member' } })), ['Rolle: hero → Mitglied']);
  });

  it('gives every action its own words, so the filter never offers two alike', () => {
    for (const locale of LOCALES) {
      const words = Object.values(messagesFor(locale).audit.actions);
      assert.equal(new Set(words).size, words.length, locale);
    }
  });

  it('lists only the fields that changed, with fixed values in words', () => {
    const changes = labels().changes({
      subjectType: 'user',
      before: { siteRole: 'member', disabled: false },
      after: { siteRole: 'editor', disabled: false },
    });
    assert.deepEqual(lines(changes), ['Rolle: Mitglied → Redaktion']);
    const event = labels('en').changes({ subjectType: 'event', before: { status: 'draft' }, after: { status: 'published' } });
    assert.deepEqual(lines(event), ['Status: Draft → Published']);
  });

  it('takes a change of line endings alone for no change', () => {
    assert.deepEqual(labels().changes({ subjectType: 'event', before: { contact: 'Kiel\nRathaus' }, after: { contact: 'Kiel\r\nRathaus' } }), []);
  });

  it('writes instants in Berlin time, yes and no, numbers and lists for the reader', () => {
    const entry = {
      subjectType: 'knowledge_item',
      before: undefined,
      after: {
        publishAt: '2026-07-01T15:00:00.000Z',
        audiences: ['verwaltung', 'buergerschaft'],
        tags: ['Sprechstunde', 'Video'],
        fieldsOfAction: ['verwaltung', 'neu-hier'],
        videoUrl: null,
        language: null,
      },
    };
    const databaseValues = { fieldsOfAction: { verwaltung: 'Administration' } };
    assert.deepEqual(lines(auditLabels({ t: messagesFor('en'), locale: 'en', databaseValues }).changes(entry)), [
      'Fields of action: Administration, neu-hier',
      'Audiences: Administration, Citizens',
      'Tags: Sprechstunde, Video',
      'Scheduled publication: 1 July 2026 at 17:00',
    ]);
    const date = labels('de').changes({ subjectType: 'event_date', before: { online: false, seats: 1200 }, after: { online: true, seats: 80 } });
    assert.deepEqual(lines(date), ['Online: Nein → Ja', 'Plätze: 1.200 → 80']);
  });

  it('spells out records inside records, each in the catalogue’s order of fields', () => {
    const accepted = labels().changes({
      subjectType: 'organisation',
      before: { role: 'member', membership: { status: 'requested', role: 'member' } },
      after: { role: 'member', membership: null },
    });
    assert.deepEqual(lines(accepted), ['Bisherige Mitgliedschaft: Rolle: Mitglied, Status: Beitritt angefragt → (leer)']);
    const programme = labels().changes({
      subjectType: 'event',
      before: null,
      after: {
        variations: [
          { dateId: 'd1', speaker: 'A' },
          { dateId: 'd2', speaker: 'B' },
        ],
      },
    });
    assert.deepEqual(lines(programme), ['Abweichungen je Termin: Termin (ID): d1, Mitwirkende: A; Termin (ID): d2, Mitwirkende: B']);
  });

  it('shortens long texts, keeps the whole text, and starts two long texts where they differ', () => {
    const opening = 'Wir laden Sie herzlich zu einem Abend über die digitale Zukunft der Dörfer und kleinen Städte in Schleswig-Holstein ein. ';
    const before = `${opening}Es gibt Kaffee und Kuchen.\n\nDanach sprechen wir an Thementischen.`;
    const after = `${opening}Es gibt Suppe.\n\nDanach sprechen wir an Thementischen.`;
    const [change] = labels().changes({ subjectType: 'event', before: { description: before }, after: { description: after } });
    assert.ok(change && !('value' in change));
    assert.equal(change.before.full, before);
    assert.equal(change.after.full, after);
    assert.match(change.before.text, /^… .*Es gibt Kaffee und Kuchen\./);
    assert.match(change.after.text, /^… .*Es gibt Suppe\./);

    const [created] = labels().changes({ subjectType: 'event', before: null, after: { description: before, title: 'Kurz' } });
    assert.ok(created && 'value' in created);
    assert.match(created.value.text, /^Wir laden Sie herzlich .* …$/);
    assert.ok(created.value.text.length < 130);
    assert.equal(created.value.full, before);
  });

  it('shows a created record’s filled fields, and a state that is a single value under a neutral label', () => {
    assert.deepEqual(lines(labels().changes({ subjectType: 'user', before: null, after: { email: 'a@example.org', siteRole: 'admin', note: '' } })), [
      'Rolle: Administration',
      'E-Mail-Adresse: a@example.org',
    ]);
    assert.deepEqual(lines(labels('en').changes({ subjectType: 'x', before: 3, after: 4 })), ['Value: 3 → 4']);
    assert.deepEqual(labels().changes({ subjectType: 'user', before: null, after: undefined }), []);
  });
});
