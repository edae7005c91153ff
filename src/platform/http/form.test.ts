import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { z } from 'zod';
import { messagesFor } from '../i18n/index.ts';
import { HttpError } from './errors.ts';
import { checkbox, emailField, optionalText, parseForm, requiredText } from './form.ts';

const de = messagesFor('de');
const en = messagesFor('en');

const schema = z.strictObject({
  name: requiredText(20),
  email: emailField(),
  note: optionalText(200),
  newsletter: checkbox(),
});

const SUBMISSION = '3f2a9c1e-5b7d-4e8f-9a0b-1c2d3e4f5a6b';

describe('parseForm', () => {
  it('returns typed data: trimmed, e-mail lower-cased, blanks as undefined, checkbox as boolean', () => {
    const result = parseForm(schema, { _csrf: 't', name: '  Erika ', email: ' Erika.Mustermann@Beispiel.DE ', note: '', newsletter: '1' }, de);
    assert.equal(result.ok, true);
    assert.ok(result.ok);
    assert.deepEqual(result.data, { name: 'Erika', email: 'erika.mustermann@beispiel.de', note: undefined, newsletter: true });
  });

  it('lists one message per field in the catalogue language and keeps what was typed', () => {
    const body = { _csrf: 'token', _submission: SUBMISSION, name: '', email: 'keine-adresse', note: 'Bitte behalten' };
    const result = parseForm(schema, body, de);
    assert.equal(result.ok, false);
    assert.ok(!result.ok);
    assert.deepEqual(result.errors, [
      { field: 'name', message: de.common.validation.required },
      { field: 'email', message: de.common.validation.email },
    ]);
    assert.deepEqual(result.values, { name: '', email: 'keine-adresse', note: 'Bitte behalten' }, 'values without the platform fields');
    assert.equal(result.submissionId, SUBMISSION);

    const english = parseForm(schema, body, en);
    assert.ok(!english.ok);
    assert.equal(english.errors[0]?.message, en.common.validation.required);
  });

  // zod 4 applies a schema-wide message to every check; form.ts limits it to a missing field.
  it('says how long a field may be', () => {
    const result = parseForm(schema, { name: 'x'.repeat(21), email: 'a@b.de' }, de);
    assert.ok(!result.ok);
    assert.deepEqual(result.errors, [{ field: 'name', message: de.common.validation.tooLong(20) }]);
  });

  it('answers a field the form does not have with 400, not an error summary', () => {
    assert.throws(
      () => parseForm(schema, { name: 'Erika', email: 'a@b.de', isAdmin: '1' }, de),
      (error: unknown) => error instanceof HttpError && error.statusCode === 400,
    );
  });

  it('answers a missing body with 400', () => {
    for (const body of [undefined, null, 'name=Erika', ['x']]) {
      assert.throws(
        () => parseForm(schema, body, de),
        (error: unknown) => error instanceof HttpError && error.statusCode === 400,
      );
    }
  });

  it('ignores a submission id that is not a UUID', () => {
    const result = parseForm(schema, { _submission: '../../etc', name: 'Erika', email: 'a@b.de' }, de);
    assert.ok(result.ok);
    assert.equal(result.submissionId, undefined);
  });

  it('stores a textarea’s CRLF line breaks as LF, so an unchanged text is not a change', () => {
    const result = parseForm(schema, { name: 'Erika', email: 'a@b.de', note: 'Zeile 1\r\nZeile 2\rZeile 3' }, de);
    assert.ok(result.ok);
    assert.equal(result.data.note, 'Zeile 1\nZeile 2\nZeile 3');
  });
});
