import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dimensionScore, levelPercent, peerAverage, sizeBand } from './scores.ts';

describe('strategy scores', () => {
  it('turns a level into a share of the way from the lowest to the highest', () => {
    assert.equal(levelPercent(1, 4), 0);
    assert.equal(levelPercent(4, 4), 100);
    assert.equal(Math.round(levelPercent(2, 4)), 33);
    assert.equal(levelPercent(2, 3), 50);
    assert.throws(() => levelPercent(5, 4), RangeError);
    assert.throws(() => levelPercent(0, 4), RangeError);
  });

  it('averages only the answered questions and is null without any', () => {
    assert.equal(dimensionScore([]), null);
    assert.equal(dimensionScore([{ level: 4, levels: 4 }]), 100);
    assert.equal(
      dimensionScore([
        { level: 4, levels: 4 },
        { level: 2, levels: 3 },
      ]),
      75,
    );
  });

  it('bands populations and leaves organisations without one out', () => {
    assert.equal(sizeBand(null), undefined);
    assert.equal(sizeBand(1_999), 0);
    assert.equal(sizeBand(2_000), 1);
    assert.equal(sizeBand(9_999), 1);
    assert.equal(sizeBand(10_000), 2);
    assert.equal(sizeBand(50_000), 3);
    assert.equal(sizeBand(100_000), 4);
  });

  it('shows the peers only from five on, as their mean', () => {
    assert.equal(peerAverage([10, 20, 30, 40]), undefined);
    assert.equal(peerAverage([10, 20, 30, 40, 51]), 30);
  });
});
