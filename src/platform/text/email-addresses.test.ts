import assert from 'node:assert/strict';
import { it } from 'node:test';
import { redactEmailAddresses, replaceEmailAddresses } from './email-addresses.ts';

it('removes every address from an SMTP error, wherever it stands', () => {
  const smtp =
    "Can't send mail - all recipients were rejected: 550 5.1.1 <Erika.Mustermann+events@beispiel.de>: Recipient address rejected; also jörg@müller.example";
  assert.equal(redactEmailAddresses(smtp), "Can't send mail - all recipients were rejected: 550 5.1.1 <[address]>: Recipient address rejected; also [address]");
  assert.equal(redactEmailAddresses('Connection timeout'), 'Connection timeout');
});

it('hands each address to the replacement, e.g. for a pseudonym', () => {
  assert.equal(
    replaceEmailAddresses('an anna@example.org und ANNA@example.org', (a) => `<${a.toLowerCase().length}>`),
    'an <16> und <16>',
  );
});
