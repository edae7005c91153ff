import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  challengePhase,
  eligibleAs,
  listState,
  othersVisible,
  questionsOpen,
  reviewOpen,
  submissionOpen,
  teamKey,
  withdrawable,
  type Timeline,
} from './rules.ts';

const at = (iso: string) => new Date(iso);
const timeline: Timeline = {
  status: 'published',
  questionsUntil: at('2027-03-01T12:00:00Z'),
  submissionOpensAt: at('2027-02-01T08:00:00Z'),
  submissionClosesAt: at('2027-03-15T12:00:00Z'),
  decidedAt: null,
};

describe('the timeline of a challenge', () => {
  it('runs from upcoming through open and the jury to decided, and hides drafts', () => {
    assert.equal(challengePhase({ ...timeline, status: 'draft' }, at('2027-02-10T00:00:00Z')), 'draft');
    assert.equal(challengePhase({ ...timeline, status: 'in_review' }, at('2027-02-10T00:00:00Z')), 'in_review');
    assert.equal(challengePhase(timeline, at('2027-01-31T23:59:59Z')), 'upcoming');
    assert.equal(challengePhase(timeline, at('2027-02-01T08:00:00Z')), 'open');
    assert.equal(challengePhase(timeline, at('2027-03-15T12:00:00Z')), 'jury');
    assert.equal(challengePhase({ ...timeline, decidedAt: at('2027-05-01T10:00:00Z') }, at('2027-05-02T00:00:00Z')), 'decided');
    assert.equal(listState('upcoming'), 'open');
    assert.equal(listState('jury'), 'closed');
    assert.equal(listState('draft'), undefined);
  });

  it('takes submissions until the second before the deadline, not at it', () => {
    assert.equal(submissionOpen(timeline, at('2027-03-15T11:59:59Z')), true);
    assert.equal(submissionOpen(timeline, at('2027-03-15T12:00:00Z')), false);
    assert.equal(submissionOpen(timeline, at('2027-03-15T12:00:01Z')), false);
    assert.equal(submissionOpen({ ...timeline, status: 'draft' }, at('2027-02-10T00:00:00Z')), false);
  });

  it('takes questions until the Q&A date and never on a decided or unpublished challenge', () => {
    assert.equal(questionsOpen(timeline, at('2027-03-01T11:59:59Z')), true);
    assert.equal(questionsOpen(timeline, at('2027-03-01T12:00:00Z')), false);
    assert.equal(questionsOpen({ ...timeline, status: 'in_review' }, at('2027-02-10T00:00:00Z')), false);
    assert.equal(questionsOpen({ ...timeline, decidedAt: at('2027-02-10T00:00:00Z') }, at('2027-02-11T00:00:00Z')), false);
  });

  it('lets a submission be withdrawn until the jury phase and opens the review with it', () => {
    assert.equal(withdrawable({ status: 'submitted' }, timeline, at('2027-03-15T11:59:59Z')), true);
    assert.equal(withdrawable({ status: 'submitted' }, timeline, at('2027-03-15T12:00:00Z')), false);
    assert.equal(withdrawable({ status: 'withdrawn' }, timeline, at('2027-03-01T00:00:00Z')), false);
    assert.equal(reviewOpen(timeline, at('2027-03-15T11:59:59Z')), false);
    assert.equal(reviewOpen(timeline, at('2027-03-15T12:00:00Z')), true);
    assert.equal(reviewOpen({ ...timeline, decidedAt: at('2027-04-01T00:00:00Z') }, at('2027-04-02T00:00:00Z')), false);
    assert.equal(othersVisible(timeline), false);
    assert.equal(othersVisible({ decidedAt: at('2027-04-01T00:00:00Z') }), true);
  });

  it('knows who may submit and counts one team per organisation or person', () => {
    assert.equal(eligibleAs('both', 'person'), true);
    assert.equal(eligibleAs('organisations', 'person'), false);
    assert.equal(eligibleAs('organisations', 'organisation'), true);
    assert.equal(eligibleAs('people', 'organisation'), false);
    assert.equal(teamKey({ organisationId: 'o1', userId: 'u1' }), 'org:o1');
    assert.equal(teamKey({ organisationId: null, userId: 'u1' }), 'user:u1');
  });
});
