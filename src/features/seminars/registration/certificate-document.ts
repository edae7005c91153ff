import { formatDate } from '../../../platform/i18n/dates.ts';
import type { Locale, Messages } from '../../../platform/i18n/index.ts';
import type { PdfDocument } from '../../../platform/pdf/render-pdf.ts';
import { moduleName, sessionText } from './format.ts';
import type { Participation } from './service.ts';

/**
 * The certificate of participation: who took part for which organisation, the series with its
 * period and partners, every module with its dates as attended, and the day it was issued.
 */
export function certificateDocument(
  t: Messages,
  locale: Locale,
  options: { participation: Participation; name: string; site: string; now: Date },
): PdfDocument {
  const m = t.seminarsRegistration.certificate;
  const { series, modules, organisation } = options.participation;
  const rows = modules.map((x) => x.module);
  return {
    title: m.title,
    lang: locale,
    author: options.site,
    subject: m.subject(series.title),
    pageLabel: m.pageOf,
    blocks: [
      { kind: 'heading', level: 1, text: m.title },
      { kind: 'paragraph', text: m.lead(options.name, series.title) },
      {
        kind: 'facts',
        rows: [
          { label: m.name, value: options.name },
          ...(organisation ? [{ label: m.organisation, value: organisation.name }] : []),
          { label: m.series, value: series.title },
          { label: m.period, value: t.seminars.period(series.startYear, series.endYear) },
          ...(series.partners.length > 0 ? [{ label: m.partners, value: series.partners.join(', ') }] : []),
        ],
      },
      {
        kind: 'table',
        caption: m.modulesCaption,
        head: [m.module, m.dates, m.attendance],
        rows: modules.map((x) => [moduleName(t, rows, x.module), x.sessions.map((s) => sessionText(t, locale, s)).join('\n'), m.attended]),
      },
      { kind: 'facts', rows: [{ label: m.issued, value: formatDate(locale, options.now) }] },
    ],
  };
}
