import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { meanAndSpread, rankSubjects, roundScore, weightedScore, type RankedAssignment } from './scoring.ts';

const criteria = [
  { id: 'idea', weight: 2 },
  { id: 'reuse', weight: 1 },
  { id: 'cost', weight: 1 },
];
const scores = (entries: Record<string, number | null>) => new Map(Object.entries(entries));

function submitted(subjectId: string, values: Record<string, number | null>, recommendation: RankedAssignment['recommendation'] = 'yes'): RankedAssignment {
  return { subjectId, conflict: 'none', status: 'submitted', recommendation, scores: scores(values) };
}

describe('review scoring', () => {
  it('weighs each criterion by its weight', () => {
    // (5·2 + 3·1 + 1·1) / 4 = 3.5
    assert.equal(weightedScore(criteria, scores({ idea: 5, reuse: 3, cost: 1 })), 3.5);
    // all weights equal: the plain average
    assert.equal(
      weightedScore(
        [
          { id: 'a', weight: 1 },
          { id: 'b', weight: 1 },
        ],
        scores({ a: 0, b: 5 }),
      ),
      2.5,
    );
    assert.equal(weightedScore(criteria, scores({ idea: 0, reuse: 0, cost: 0 })), 0);
    assert.equal(weightedScore(criteria, scores({ idea: 5, reuse: 5, cost: 5 })), 5);
  });

  it('leaves out criteria without a score, and has no score when nothing was scored', () => {
    // cost not scored (added after the review was submitted): (4·2 + 1·1) / 3 = 3
    assert.equal(weightedScore(criteria, scores({ idea: 4, reuse: 1, cost: null })), 3);
    assert.equal(weightedScore(criteria, scores({ idea: 4, reuse: 1 })), 3);
    assert.equal(weightedScore(criteria, scores({})), undefined);
    assert.equal(weightedScore([{ id: 'a', weight: 0 }], scores({ a: 3 })), undefined, 'a weight of 0 counts nothing');
    assert.equal(weightedScore(criteria, scores({ other: 5 })), undefined, 'a score of another criterion counts nothing');
  });

  it('rounds to two decimals, halves up, without binary noise', () => {
    assert.equal(roundScore(10 / 3), 3.33);
    assert.equal(roundScore(11 / 3), 3.67);
    assert.equal(roundScore(2.675), 2.68, '2.675 is stored as 2.67499…');
    assert.equal(roundScore(1.005), 1.01);
    assert.equal(roundScore(4.125), 4.13);
    assert.equal(roundScore(3), 3);
    assert.equal(roundScore(0), 0);
  });

  it('takes mean and spread from the unrounded scores and rounds once', () => {
    assert.deepEqual(meanAndSpread([]), { mean: null, spread: null });
    assert.deepEqual(meanAndSpread([3.5]), { mean: 3.5, spread: 0 });
    // 10/3 and 11/3: mean 3.5 exactly, although the rounded 3.33 and 3.67 would give 3.5 too; spread 1/3
    assert.deepEqual(meanAndSpread([10 / 3, 11 / 3]), { mean: 3.5, spread: 0.33 });
    // 10/3 three times and 4: the unrounded mean 3.5 (not 3.4975 from 3.33)
    assert.deepEqual(meanAndSpread([10 / 3, 10 / 3, 10 / 3, 4]), { mean: 3.5, spread: 0.67 });
  });

  it('ranks by mean from the highest, shares a rank between equal means and puts subjects without reviews last', () => {
    const ranking = rankSubjects(
      ['s-empty', 's-low', 's-high', 's-equal', 's-open'],
      [
        submitted('s-low', { idea: 1, reuse: 1, cost: 1 }, 'no'),
        submitted('s-high', { idea: 5, reuse: 5, cost: 3 }, 'yes'),
        submitted('s-high', { idea: 4, reuse: 5, cost: 4 }, 'maybe'),
        submitted('s-equal', { idea: 4, reuse: 5, cost: 4 }, 'yes'),
        submitted('s-equal', { idea: 5, reuse: 4, cost: 4 }, 'yes'),
        { subjectId: 's-high', conflict: 'declared', status: null, recommendation: null, scores: scores({}) },
        { subjectId: 's-high', conflict: 'none', status: 'draft', recommendation: 'no', scores: scores({ idea: 0 }) },
        { subjectId: 's-open', conflict: null, status: null, recommendation: null, scores: scores({}) },
      ],
      criteria,
    );
    assert.deepEqual(
      ranking.map((r) => [r.subjectId, r.rank, r.mean]),
      [
        ['s-high', 1, 4.38],
        ['s-equal', 1, 4.38],
        ['s-low', 3, 1],
        ['s-empty', null, null],
        ['s-open', null, null],
      ],
    );
    const high = ranking[0]!;
    // 4.5 (5·2+5+3 over 4) and 4.25 (4·2+5+4 over 4): 4.375 as for s-equal; the draft and the conflict do not count
    assert.deepEqual(high.scores, [4.5, 4.25]);
    assert.equal(high.spread, 0.25);
    assert.deepEqual([high.assignments, high.conflicts, high.submitted, high.missing], [4, 1, 2, 1]);
    assert.deepEqual(high.recommendations, { yes: 1, maybe: 1, no: 0 });
    const open = ranking.find((r) => r.subjectId === 's-open')!;
    assert.deepEqual([open.assignments, open.submitted, open.missing, open.spread], [1, 0, 1, null]);
    assert.deepEqual(ranking.find((r) => r.subjectId === 's-empty')!.scores, []);
  });
});
