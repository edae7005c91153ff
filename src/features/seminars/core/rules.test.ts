import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  certificateDue,
  closingStart,
  couldBeEligible,
  ineligibleReasons,
  materialsVisible,
  moduleHeld,
  registrationOpen,
  registrationScope,
} from './rules.ts';

const at = (iso: string) => new Date(iso);
const NOW = at('2027-03-01T12:00:00Z');

describe('seminar series rules', () => {
  it('holds a module once every session has ended, never without sessions', () => {
    const past = { startsAt: at('2027-02-01T09:00:00Z'), endsAt: at('2027-02-01T16:00:00Z') };
    const later = { startsAt: at('2027-03-01T09:00:00Z'), endsAt: at('2027-03-01T16:00:00Z') };
    assert.equal(moduleHeld([past], NOW), true);
    assert.equal(moduleHeld([past, later], NOW), false, 'the second session ends at 16:00');
    assert.equal(moduleHeld([], NOW), false);
  });

  it('shows materials to participants after the module, to everyone only when public, to editors always', () => {
    assert.equal(materialsVisible({ viewer: 'editor', held: false, materialsPublic: false }), true);
    assert.equal(materialsVisible({ viewer: 'participant', held: false, materialsPublic: true }), false);
    assert.equal(materialsVisible({ viewer: 'participant', held: true, materialsPublic: false }), true);
    assert.equal(materialsVisible({ viewer: 'public', held: true, materialsPublic: false }), false);
    assert.equal(materialsVisible({ viewer: 'public', held: true, materialsPublic: true }), true);
    assert.equal(materialsVisible({ viewer: 'public', held: false, materialsPublic: true }), false);
  });

  it('asks for the confirmed and named function and the organisation type', () => {
    const rules = { requiredFunction: 'hauptamtliche Bürgermeisterinnen und Bürgermeister', organisationTypes: ['gemeinde', 'amt'] };
    const mayor = { confirmsFunction: true, functionStatement: 'Bürgermeisterin der Gemeinde Süderbrarup', organisationType: 'gemeinde' };
    assert.deepEqual(ineligibleReasons(rules, mayor), []);
    assert.deepEqual(ineligibleReasons(rules, { ...mayor, confirmsFunction: false }), ['functionRequired']);
    assert.deepEqual(ineligibleReasons(rules, { ...mayor, functionStatement: '  ' }), ['functionRequired']);
    assert.deepEqual(ineligibleReasons(rules, { ...mayor, organisationType: 'unternehmen' }), ['organisationType']);
    assert.deepEqual(ineligibleReasons(rules, { ...mayor, organisationType: undefined }), ['organisationType']);
    assert.deepEqual(
      ineligibleReasons({ requiredFunction: '', organisationTypes: [] }, { confirmsFunction: false, functionStatement: '', organisationType: undefined }),
      [],
    );
    assert.equal(couldBeEligible(rules, ['unternehmen']), false);
    assert.equal(couldBeEligible(rules, ['unternehmen', 'amt']), true);
    assert.equal(couldBeEligible({ requiredFunction: '', organisationTypes: [] }, []), true);
  });

  it('opens registration while published, before the deadline and before the first session', () => {
    const open = { published: true, deadline: at('2027-03-10T22:59:00Z'), firstStart: at('2027-04-01T07:00:00Z'), now: NOW };
    assert.equal(registrationOpen(open), true);
    assert.equal(registrationOpen({ ...open, published: false }), false);
    assert.equal(registrationOpen({ ...open, deadline: at('2027-03-01T11:59:59Z') }), false);
    assert.equal(registrationOpen({ ...open, deadline: null, firstStart: at('2027-03-01T12:00:00Z') }), false);
    assert.equal(registrationOpen({ ...open, deadline: null, firstStart: undefined }), true);
  });

  it('counts a registration in the series or in one module, as the mode says', () => {
    assert.equal(registrationScope('series', undefined), 'series');
    assert.equal(registrationScope('series', 'm1'), undefined);
    assert.equal(registrationScope('module', 'm1'), 'm1');
    assert.equal(registrationScope('module', undefined), undefined);
  });

  it('issues a certificate only when every module was attended', () => {
    assert.equal(certificateDue(['a', 'b'], new Set(['a', 'b'])), true);
    assert.equal(certificateDue(['a', 'b'], new Set(['a'])), false);
    assert.equal(certificateDue([], new Set()), false);
  });

  it('closes a module at its first session and a whole series at its last', () => {
    const first = { startsAt: at('2027-02-01T09:00:00Z'), endsAt: at('2027-02-01T16:00:00Z') };
    const last = { startsAt: at('2027-06-01T09:00:00Z'), endsAt: at('2027-06-01T16:00:00Z') };
    assert.deepEqual(closingStart([last, first], false), first.startsAt);
    assert.deepEqual(closingStart([first, last], true), last.startsAt);
    assert.equal(closingStart([], true), undefined);
    // a series whose start workshop is held still takes participants for its later modules
    assert.equal(registrationOpen({ published: true, deadline: null, firstStart: closingStart([first, last], true), now: NOW }), true);
  });
});
