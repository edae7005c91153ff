import { formatCalendarMonth, formatDateTime } from '../../../platform/i18n/dates.ts';
import type { Locale, Messages } from '../../../platform/i18n/index.ts';
import type { MeasureEntry, StrategyContent } from './content-service.ts';
import type { ParticipationRow } from './content-repository.ts';

/*
 * A strategy's content as plain text, the same on every page and in every export: the
 * timeframe and values of a measure, and the texts of each step that the versions keep.
 */

const numberFormats = new Map<Locale, Intl.NumberFormat>();

/** A stored decimal ("1500.00") as the locale writes it ("1.500"), with its unit. */
export function valueText(locale: Locale, value: string, unit: string): string {
  let format = numberFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale === 'de' ? 'de-DE' : 'en-GB', { maximumFractionDigits: 2 });
    numberFormats.set(locale, format);
  }
  const number = format.format(Number(value));
  return unit ? `${number} ${unit}` : number;
}

/** "März 2026 – Dezember 2027", "ab März 2026", or the word for no timeframe. */
export function timeframeText(t: Messages, locale: Locale, measure: Pick<MeasureEntry, 'startsOn' | 'endsOn'>): string {
  const m = t.strategyPublishing.measure;
  const start = measure.startsOn ? formatCalendarMonth(locale, measure.startsOn) : undefined;
  const end = measure.endsOn ? formatCalendarMonth(locale, measure.endsOn) : undefined;
  if (start && end) return start === end ? start : `${start} – ${end}`;
  if (start) return m.from(start);
  if (end) return m.until(end);
  return m.noTimeframe;
}

/** The indicator's target, and the value last reported against it, e.g. "Erreicht: 300 von 1.500 Anträgen". */
export function targetText(t: Messages, locale: Locale, measure: MeasureEntry): string | undefined {
  if (measure.targetValue === null) return undefined;
  const target = valueText(locale, measure.targetValue, measure.unit);
  return measure.reached === undefined ? target : t.strategyPublishing.public.progress(valueText(locale, measure.reached, measure.unit), target);
}

/** A measure's fact sheet as lines of "Label: value", leaving out what is empty. */
export function measureFacts(t: Messages, locale: Locale, measure: MeasureEntry): { label: string; value: string }[] {
  const m = t.strategyPublishing.measure;
  const facts: { label: string; value: string | undefined }[] = [
    { label: m.status, value: t.strategy.measureStatuses[measure.status] },
    { label: m.timeframe, value: timeframeText(t, locale, measure) },
    { label: m.priority, value: t.strategy.priorities[measure.priority] },
    { label: m.lead, value: measure.leadUnit },
    { label: m.partners, value: measure.partners },
    { label: m.goal, value: measure.goal },
    { label: m.benefit, value: measure.citizenBenefit },
    { label: m.funding, value: [t.strategy.fundingSources[measure.fundingSource], measure.fundingNote].filter(Boolean).join(': ') },
    { label: m.indicator, value: measure.indicator },
    { label: measure.reached === undefined ? m.target : m.reached, value: targetText(t, locale, measure) },
  ];
  return facts.filter((f): f is { label: string; value: string } => Boolean(f.value?.trim()));
}

export function participationText(locale: Locale, item: ParticipationRow): string {
  return item.startsAt ? `${item.format} (${formatDateTime(locale, item.startsAt)})` : item.format;
}

/** The texts of a strategy the versions keep, in the order of the steps. */
export const VERSIONED_FIELDS = ['vision', 'goals', 'fields', 'measures', 'actors', 'participation'] as const;
export type VersionedField = (typeof VERSIONED_FIELDS)[number];

/**
 * The strategy's texts by versioned field: each goal, measure, actor and participation format a
 * block of its own lines, so that the comparison shows which one changed and how.
 */
export function strategyTexts(t: Messages, locale: Locale, content: StrategyContent): Record<VersionedField, string> {
  const blocks = (items: string[][]) => items.map((lines) => lines.filter((l) => l.trim() !== '').join('\n')).join('\n\n');
  return {
    vision: content.strategy?.vision ?? '',
    goals: blocks(content.goals.map((g) => [g.title, g.description])),
    fields: content.fields.join('\n'),
    measures: blocks(content.measures.map((m) => [m.title, ...measureFacts(t, locale, m).map((f) => `${f.label}: ${f.value}`)])),
    actors: blocks(content.actors.map((a) => [a.name, a.involvement])),
    participation: blocks(content.participation.map((p) => [participationText(locale, p), p.description])),
  };
}
