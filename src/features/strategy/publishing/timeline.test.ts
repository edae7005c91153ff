import assert from 'node:assert/strict';
import { it } from 'node:test';
import type { MeasureEntry } from '../core/content-service.ts';
import { timeline } from './timeline.ts';

const measure = (title: string, startsOn: string | null, endsOn: string | null = null) => ({ title, startsOn, endsOn }) as MeasureEntry;

it('groups measures by the half-year they start in, earliest first, those without a timeframe last', () => {
  const periods = timeline([
    measure('Glasfaser', '2027-09-01'),
    measure('Ohne', null),
    measure('Portal', '2026-03-01', '2026-12-31'),
    measure('Bis Juni', null, '2026-06-30'),
    measure('WLAN', '2026-07-01'),
  ]);
  assert.deepEqual(
    periods.map((p) => [p.year, p.half, p.measures.map((m) => m.title)]),
    [
      [2026, 1, ['Portal', 'Bis Juni']],
      [2026, 2, ['WLAN']],
      [2027, 2, ['Glasfaser']],
      [undefined, undefined, ['Ohne']],
    ],
  );
});
