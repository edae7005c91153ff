/**
 * The library's bands of one-off costs, in whole cents with the upper bound included:
 * "bis 10.000 €" holds exactly 10.000 €. A solution without a figure is "ohne Angabe".
 */
export const COST_BANDS = ['bis-10000', '10000-50000', 'ueber-50000', 'ohne-angabe'] as const;
export type CostBand = (typeof COST_BANDS)[number];

export type CostRange = { kind: 'range'; aboveCents: number | undefined; upToCents: number | undefined } | { kind: 'unknown' };

const TEN_THOUSAND = 1_000_000;
const FIFTY_THOUSAND = 5_000_000;

export function costRange(band: CostBand): CostRange {
  switch (band) {
    case 'bis-10000':
      return { kind: 'range', aboveCents: undefined, upToCents: TEN_THOUSAND };
    case '10000-50000':
      return { kind: 'range', aboveCents: TEN_THOUSAND, upToCents: FIFTY_THOUSAND };
    case 'ueber-50000':
      return { kind: 'range', aboveCents: FIFTY_THOUSAND, upToCents: undefined };
    case 'ohne-angabe':
      return { kind: 'unknown' };
  }
}
