import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { messagesFor } from '../../../platform/i18n/index.ts';
import { atomFeed, xmlEscape } from '../../../platform/feeds/atom.ts';
import type { EventDateRow, EventRow, ProgrammeItemRow } from './event-repository.ts';
import { dateIcs } from './ical.ts';
import { foldLine, icsText, icsUtc } from './ical.ts';

const event = {
  id: '0e7e0001-0000-4000-8000-000000000001',
  slug: 'auftakt',
  title: 'Auftakt; Teil 1, mit \\ Schrägstrich',
  summary: 'Zeile eins\nZeile zwei',
  organiser: 'Ministerium',
  updatedAt: new Date('2026-11-23T10:00:00Z'),
} as EventRow;

const date = {
  id: '0e7e0001-0000-4000-8000-0000000000d2',
  online: false,
  placeName: 'Bildungszentrum, Saal Trave',
  street: 'Mengstraße 32',
  postcode: '23552',
  town: 'Lübeck',
  startsAt: new Date('2027-11-04T16:00:00Z'),
  endsAt: new Date('2027-11-04T19:00:00Z'),
  doorsOpenAt: new Date('2027-11-04T15:30:00Z'),
  note: '',
  cancelledAt: null,
} as EventDateRow;

const item = (title: string, speaker: string) => ({ title, speaker }) as ProgrammeItemRow;
// Lübeck's own times: the programme an hour later than the date's start
const programme = [
  { item: item('Begrüßung', ''), at: new Date('2027-11-04T17:00:00Z'), own: true, speaker: 'Bürgermeister Jan Lindenau' },
  { item: item('World Café', ''), at: new Date('2027-11-04T17:30:00Z'), own: true, speaker: '' },
];

describe('iCalendar', () => {
  it('escapes backslash, semicolon, comma and line breaks in text values', () => {
    assert.equal(icsText('a\\b;c,d\ne\r\nf'), 'a\\\\b\\;c\\,d\\ne\\nf');
    assert.equal(icsText('ohne\u0007Steuerzeichen'), 'ohneSteuerzeichen');
  });

  it('writes instants in UTC', () => {
    assert.equal(icsUtc(new Date('2027-09-30T15:00:00.000Z')), '20270930T150000Z');
  });

  it('folds at 75 octets without splitting an umlaut', () => {
    const line = `DESCRIPTION:${'ä'.repeat(100)}`;
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    assert.ok(parts.length > 1);
    for (const part of parts) assert.ok(Buffer.byteLength(part) <= 75);
    assert.ok(parts.slice(1).every((p) => p.startsWith(' ')));
    assert.equal(parts.map((p, i) => (i === 0 ? p : p.slice(1))).join(''), line);
    assert.equal(foldLine('SHORT:x'), 'SHORT:x');
  });

  it('describes one date completely, with a stable UID, and marks a cancelled date', () => {
    const ics = dateIcs({ event, date, programme }, 'https://beispiel.example', messagesFor('de'));
    const unfolded = ics.replace(/\r\n /g, '');
    assert.match(unfolded, /^BEGIN:VCALENDAR\r\nVERSION:2\.0\r\nPRODID:/);
    assert.match(unfolded, /UID:0e7e0001-0000-4000-8000-0000000000d2@beispiel\.example\r\n/);
    assert.match(unfolded, /DTSTART:20271104T160000Z\r\nDTEND:20271104T190000Z\r\n/);
    assert.match(unfolded, /SUMMARY:Auftakt\\; Teil 1\\, mit \\\\ Schrägstrich – Lübeck\r\n/);
    assert.match(unfolded, /DESCRIPTION:Zeile eins\\nZeile zwei\\n\\nVeranstalter: Ministerium\\n\\nEinlass: 16:30 Uhr/);
    // the programme at the date's own times, DTSTART and DTEND stay the date's
    assert.match(unfolded, /\\n\\nProgramm:\\n18:00 Uhr Begrüßung – Bürgermeister Jan Lindenau\\n18:30 Uhr World Café\\n\\nhttps:/);
    assert.match(unfolded, /LOCATION:Bildungszentrum\\, Saal Trave\\, Mengstraße 32\\, 23552 Lübeck\r\n/);
    assert.match(unfolded, /URL:https:\/\/beispiel\.example\/veranstaltungen\/auftakt\r\n/);
    assert.match(unfolded, /STATUS:CONFIRMED\r\n/);
    assert.match(unfolded, /END:VEVENT\r\nEND:VCALENDAR\r\n$/);
    const cancelled = dateIcs({ event, date: { ...date, cancelledAt: new Date() }, programme }, 'https://beispiel.example').replace(/\r\n /g, '');
    assert.match(cancelled, /STATUS:CANCELLED\r\n/);
    assert.match(cancelled, /SUMMARY:Abgesagt: Auftakt/);
    assert.doesNotMatch(cancelled, /Programm:/);
    assert.equal(cancelled.match(/UID:.*/)?.[0], unfolded.match(/UID:.*/)?.[0]);
  });
});

describe('Atom', () => {
  it('escapes markup and drops characters XML forbids', () => {
    assert.equal(xmlEscape(`<a href="x">Tom & Jerry's</a>\u0001`), '&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;');
  });

  it('writes a feed with the required elements and the newest update as its own', () => {
    const xml = atomFeed({
      id: 'https://beispiel.example/veranstaltungen/feed.atom',
      title: 'Neue Veranstaltungen',
      subtitle: 'Test',
      selfUrl: 'https://beispiel.example/veranstaltungen/feed.atom',
      htmlUrl: 'https://beispiel.example/veranstaltungen',
      language: 'de',
      fallbackUpdated: new Date(0),
      entries: [
        {
          id: 'urn:uuid:1',
          title: 'A & B',
          summary: '<b>',
          url: 'https://beispiel.example/a?x=1&y=2',
          author: 'M',
          published: new Date('2026-01-01T00:00:00Z'),
          updated: new Date('2026-02-01T00:00:00Z'),
        },
        {
          id: 'urn:uuid:2',
          title: 'C',
          summary: 'D',
          url: 'https://beispiel.example/c',
          author: 'M',
          published: new Date('2026-01-02T00:00:00Z'),
          updated: new Date('2026-03-01T00:00:00Z'),
        },
      ],
    });
    assert.match(xml, /^<\?xml version="1\.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www\.w3\.org\/2005\/Atom" xml:lang="de">/);
    // the feed's own <updated> (before the first entry) is the newest entry's
    assert.match(xml.slice(0, xml.indexOf('<entry>')), /<updated>2026-03-01T00:00:00\.000Z<\/updated>/);
    assert.match(xml, /<link rel="self" type="application\/atom\+xml" href="https:\/\/beispiel\.example\/veranstaltungen\/feed\.atom"\/>/);
    assert.ok(xml.includes('<title type="text">A &amp; B</title>'));
    assert.ok(xml.includes('href="https://beispiel.example/a?x=1&amp;y=2"'));
    assert.ok(xml.includes('<summary type="text">&lt;b&gt;</summary>'));
    assert.equal(xml.match(/<entry>/g)?.length, 2);
    const empty = atomFeed({ id: 'x', title: 't', subtitle: 's', selfUrl: 'x', htmlUrl: 'y', language: 'de', fallbackUpdated: new Date(0), entries: [] });
    assert.match(empty, /<updated>1970-01-01T00:00:00\.000Z<\/updated>/);
  });
});
