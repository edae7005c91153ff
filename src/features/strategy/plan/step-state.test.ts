import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { StrategyProgress } from '../core/progress-repository.ts';
import { stepState } from './step-state.ts';

const none: StrategyProgress = {
  questions: 4,
  answers: 0,
  goals: 0,
  fields: 0,
  measures: 0,
  actors: 0,
  participation: 0,
  openComments: 0,
  hasVision: false,
  published: false,
};

describe('stepState', () => {
  it('calls the assessment complete only when every active question is answered', () => {
    assert.equal(stepState('assessment', none), 'notStarted');
    assert.equal(stepState('assessment', { ...none, answers: 3 }), 'started');
    assert.equal(stepState('assessment', { ...none, answers: 4 }), 'complete');
    // without questions there is nothing to complete
    assert.equal(stepState('assessment', { ...none, questions: 0 }), 'notStarted');
  });

  it('needs a vision and a goal, an actor and a format', () => {
    assert.equal(stepState('vision', { ...none, hasVision: true }), 'started');
    assert.equal(stepState('vision', { ...none, goals: 1 }), 'started');
    assert.equal(stepState('vision', { ...none, hasVision: true, goals: 1 }), 'complete');
    assert.equal(stepState('participation', { ...none, actors: 2 }), 'started');
    assert.equal(stepState('participation', { ...none, actors: 2, participation: 1 }), 'complete');
  });

  it('completes fields, measures and publishing with their first entry', () => {
    assert.equal(stepState('fields', none), 'notStarted');
    assert.equal(stepState('fields', { ...none, fields: 1 }), 'complete');
    assert.equal(stepState('measures', { ...none, measures: 1 }), 'complete');
    assert.equal(stepState('publish', { ...none, openComments: 1 }), 'started');
    assert.equal(stepState('publish', { ...none, published: true }), 'complete');
  });
});
