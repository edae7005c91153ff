import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { composeMail, type MailContent } from './compose.tsx';

const CONTENT: MailContent = {
  subject: 'Anmeldung bestätigt',
  paragraphs: ['Guten Tag Erika Mustermann,', 'Ihr Platz ist reserviert & sicher.'],
  action: { label: 'Anmeldung ansehen', url: 'https://example.org/anmeldung/DK-7KQ2-M9?token=a&b' },
  footer: 'Digitale Kommune',
};

/** The words a person reads in the HTML part, in order. */
function htmlWords(html: string): string[] {
  return [...html.matchAll(/>([^<]+)</g)].map((m) => m[1]!.replaceAll('&amp;', '&'));
}

describe('composeMail', () => {
  it('says the same in the text and the HTML part, with the link and the signature', () => {
    const mail = composeMail(CONTENT);
    assert.equal(mail.subject, CONTENT.subject);
    assert.equal(
      mail.text,
      'Guten Tag Erika Mustermann,\n\nIhr Platz ist reserviert & sicher.\n\nAnmeldung ansehen:\nhttps://example.org/anmeldung/DK-7KQ2-M9?token=a&b\n\n-- \nDigitale Kommune',
    );
    assert.deepEqual(htmlWords(mail.html), ['Guten Tag Erika Mustermann,', 'Ihr Platz ist reserviert & sicher.', 'Anmeldung ansehen', 'Digitale Kommune']);
    assert.match(mail.html, /^<!doctype html><html lang="de">/);
    assert.match(mail.html, /<a href="https:\/\/example.org\/anmeldung\/DK-7KQ2-M9\?token=a&amp;b"/);
    assert.doesNotMatch(mail.html, /<img/);
  });

  it('shows an inline image by its Content-ID and the closing lines; the text part has their words', () => {
    const mail = composeMail({
      ...CONTENT,
      locale: 'en',
      image: { cid: 'qr@example', alt: 'QR code of DK-7KQ2-M9', size: 174, hint: 'Show this code at the entrance.', caption: 'DK-7KQ2-M9' },
      closing: ['The date for your calendar is attached.'],
    });
    assert.match(mail.html, /<html lang="en">/);
    assert.match(mail.html, /<img src="cid:qr@example" alt="QR code of DK-7KQ2-M9" width="174" height="174"/);
    assert.deepEqual(htmlWords(mail.html), [
      'Guten Tag Erika Mustermann,',
      'Ihr Platz ist reserviert & sicher.',
      'Anmeldung ansehen',
      'Show this code at the entrance.',
      'DK-7KQ2-M9',
      'The date for your calendar is attached.',
      'Digitale Kommune',
    ]);
    assert.equal(
      mail.text,
      [
        'Guten Tag Erika Mustermann,',
        'Ihr Platz ist reserviert & sicher.',
        'Show this code at the entrance.',
        'The date for your calendar is attached.',
        'Anmeldung ansehen:\nhttps://example.org/anmeldung/DK-7KQ2-M9?token=a&b',
        '-- \nDigitale Kommune',
      ].join('\n\n'),
    );
    assert.doesNotMatch(mail.text, /cid:/);
  });

  it('puts the unsubscribe link below the signature, in the text and as a link in the HTML part', () => {
    const url = 'https://example.org/netzwerk/abbestellen/abc.def';
    const mail = composeMail({ ...CONTENT, unsubscribe: { label: 'E-Mails dieser Gruppe abbestellen', url } });
    assert.ok(mail.text.endsWith(`-- \nDigitale Kommune\n\nE-Mails dieser Gruppe abbestellen:\n${url}`));
    assert.deepEqual(htmlWords(mail.html).slice(-2), ['Digitale Kommune', 'E-Mails dieser Gruppe abbestellen']);
    assert.match(mail.html, /<a href="https:\/\/example.org\/netzwerk\/abbestellen\/abc.def"/);
    assert.doesNotMatch(composeMail(CONTENT).text, /abbestellen/);
  });

  it('lists sections of links under their titles: one line and address each in the text, a list of links in HTML', () => {
    const mail = composeMail({
      ...CONTENT,
      sections: [{ title: 'Gruppe A', links: [{ text: 'Neue Antwort', url: 'https://example.org/a#1' }] }],
    });
    assert.ok(mail.text.includes('Ihr Platz ist reserviert & sicher.\n\nGruppe A\n– Neue Antwort\n  https://example.org/a#1\n\nAnmeldung ansehen:'));
    assert.match(mail.html, /<h2[^>]*>Gruppe A<\/h2><ul><li><a href="https:\/\/example.org\/a#1"[^>]*>Neue Antwort<\/a><\/li><\/ul>/);
  });
});
