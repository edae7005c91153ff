import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { criteriaLocked, formLocked, questionShapeChanged } from './rules.ts';
import { criterionForm, optionLines, questionForm } from './schema.ts';

const choice = { kind: 'choice' as const, label: 'Welcher Schritt?', help: '', required: true, maxLength: null, options: ['Vernetzen', 'Planen'] };

describe('the rules of the form builder', () => {
  it('locks the form once an application has left the draft, and the criteria from the deadline on', () => {
    assert.equal(formLocked(0), false);
    assert.equal(formLocked(1), true);
    const call = { closesAt: new Date('2027-02-26T22:59:00Z') };
    assert.equal(criteriaLocked(call, new Date('2027-02-26T22:58:59Z')), false);
    assert.equal(criteriaLocked(call, new Date('2027-02-26T22:59:00Z')), true);
  });

  it('tells a correction of wording from a change of what answers were checked against', () => {
    assert.equal(questionShapeChanged(choice, { ...choice, label: 'Auf welchen Schritt?', help: 'Einer.' }), false);
    assert.equal(questionShapeChanged(choice, { ...choice, kind: 'text', options: [] }), true);
    assert.equal(questionShapeChanged(choice, { ...choice, options: ['Planen', 'Vernetzen'] }), true);
    assert.equal(questionShapeChanged(choice, { ...choice, required: false }), true);
    assert.equal(questionShapeChanged(choice, { ...choice, maxLength: 100 }), true);
  });

  it('reads options one per line, without blank lines and repeats', () => {
    assert.deepEqual(optionLines(' Vernetzen \n\nPlanen\nVernetzen\n'), ['Vernetzen', 'Planen']);
  });

  it('checks a question’s options and length against its kind', () => {
    const form = (v: Record<string, string>) => questionForm.safeParse({ kind: 'text', label: 'Frage', help: '', maxLength: '', options: '', ...v });
    const messages = (v: Record<string, string>) => {
      const r = form(v);
      return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message.split('.').pop()}`);
    };
    assert.deepEqual(form({ maxLength: ' 500 ' }).data?.maxLength, 500);
    assert.deepEqual(form({ kind: 'choice', options: 'A\nB' }).data?.options, ['A', 'B']);
    assert.deepEqual(messages({ kind: 'choice', options: 'A' }), ['options: optionsNeeded']);
    assert.deepEqual(messages({ options: 'A\nB' }), ['options: optionsNotAllowed']);
    assert.deepEqual(messages({ maxLength: '0' }), ['maxLength: maxLength']);
    assert.deepEqual(messages({ maxLength: '20001' }), ['maxLength: maxLength']);
    assert.deepEqual(messages({ maxLength: '1e3' }), ['maxLength: maxLength']);
    assert.deepEqual(messages({ kind: 'yesNo', maxLength: '10' }), ['maxLength: maxLengthTextOnly']);
    assert.deepEqual(messages({ kind: 'choice', options: `A\n${'x'.repeat(201)}` }), ['options: optionTooLong']);
    assert.deepEqual(messages({ kind: 'multi', options: 'A\nB' }), ['kind: kindRequired']);
  });

  it('takes a weight from 1 to 100 only', () => {
    const weight = (w: string) => criterionForm.safeParse({ title: 'Beteiligung', description: '', weight: w });
    assert.equal(weight('1').data?.weight, 1);
    assert.equal(weight('100').data?.weight, 100);
    for (const w of ['0', '101', '1000', '-5', '2,5', 'viel', '']) assert.equal(weight(w).success, false, w);
  });
});
