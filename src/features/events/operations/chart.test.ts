import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { chartBuckets } from './views/chart.tsx';

describe('registrations chart', () => {
  it('fills days without registrations and adds up the total', () => {
    const { unit, buckets } = chartBuckets([
      { day: '2027-09-01', count: 3 },
      { day: '2027-09-04', count: 2 },
    ]);
    assert.equal(unit, 'day');
    assert.deepEqual(
      buckets.map((b) => [b.start, b.added, b.total]),
      [
        ['2027-09-01', 3, 3],
        ['2027-09-02', 0, 3],
        ['2027-09-03', 0, 3],
        ['2027-09-04', 2, 5],
      ],
    );
  });

  it('switches to weeks from Monday when the period is long, keeping every registration', () => {
    const { unit, buckets } = chartBuckets([
      { day: '2027-06-02', count: 1 }, // a Wednesday
      { day: '2027-06-06', count: 4 }, // the Sunday of the same week
      { day: '2027-09-30', count: 2 },
    ]);
    assert.equal(unit, 'week');
    assert.equal(buckets[0]!.start, '2027-05-31');
    assert.equal(buckets[0]!.added, 5);
    assert.equal(buckets.at(-1)!.total, 7);
    assert.ok(buckets.every((b) => new Date(`${b.start}T00:00:00Z`).getUTCDay() === 1));
  });

  it('has nothing to draw without registrations', () => {
    assert.deepEqual(chartBuckets([]), { unit: 'day', buckets: [] });
  });
});
