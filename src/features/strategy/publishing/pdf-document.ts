import type { PdfBlock, PdfDocument } from '../../../platform/pdf/render-pdf.ts';
import { formatDate } from '../../../platform/i18n/dates.ts';
import { markdownPlainText } from '../../../platform/markdown/markdown.tsx';
import type { Locale, Messages } from '../../../platform/i18n/index.ts';
import type { StrategyContent } from '../core/content-service.ts';
import { measureFacts, participationText, targetText, timeframeText } from '../core/describe.ts';

/**
 * The strategy as a PDF for the council and the files: title and state, then the steps in their
 * order, the measures first as a table at a glance and then each as its fact sheet.
 */
export function strategyPdfDocument(t: Messages, locale: Locale, content: StrategyContent, now: Date): PdfDocument {
  const m = t.strategyPublishing;
  const { organisation, strategy } = content;
  const published = strategy?.status === 'published';
  const blocks: PdfBlock[] = [
    { kind: 'heading', level: 1, text: m.public.title(organisation.name) },
    {
      kind: 'facts',
      rows: [
        { label: m.document.organisation, value: organisation.name },
        { label: m.status, value: published && strategy?.publishedAt ? m.publishedSince(formatDate(locale, strategy.publishedAt)) : m.document.draftNote },
        { label: m.document.stand, value: formatDate(locale, now) },
      ],
    },
  ];
  const section = (title: string, body: PdfBlock[]) => {
    blocks.push({ kind: 'heading', level: 2, text: title }, ...(body.length > 0 ? body : [{ kind: 'paragraph' as const, text: m.empty }]));
  };
  // one paragraph per paragraph of the Markdown, without its markup
  const vision = (strategy?.vision ?? '')
    .split(/\n\s*\n/)
    .map(markdownPlainText)
    .filter(Boolean);
  section(
    m.sections.vision,
    vision.map((text) => ({ kind: 'paragraph', text })),
  );
  section(
    m.sections.goals,
    content.goals.flatMap((g): PdfBlock[] => [
      { kind: 'heading', level: 3, text: g.title },
      ...(g.description ? [{ kind: 'paragraph' as const, text: markdownPlainText(g.description) }] : []),
    ]),
  );
  section(m.sections.fields, content.fields.length > 0 ? [{ kind: 'paragraph', text: content.fields.join(' · ') }] : []);
  section(
    m.sections.measures,
    content.measures.length === 0
      ? []
      : [
          {
            kind: 'table',
            caption: m.document.measuresTable,
            head: [m.measure.title, m.measure.status, m.measure.timeframe, m.measure.target],
            rows: content.measures.map((x) => [x.title, t.strategy.measureStatuses[x.status], timeframeText(t, locale, x), targetText(t, locale, x) ?? '–']),
          },
          ...content.measures.flatMap((x): PdfBlock[] => [
            { kind: 'heading', level: 3, text: x.title },
            { kind: 'facts', rows: measureFacts(t, locale, x) },
          ]),
        ],
  );
  section(
    m.sections.actors,
    content.actors.length > 0 ? [{ kind: 'facts', rows: content.actors.map((a) => ({ label: a.name, value: a.involvement || '–' })) }] : [],
  );
  section(
    m.sections.participation,
    content.participation.length > 0
      ? [{ kind: 'facts', rows: content.participation.map((p) => ({ label: participationText(locale, p), value: p.description || '–' })) }]
      : [],
  );
  return {
    title: m.public.title(organisation.name),
    lang: locale,
    author: organisation.name,
    subject: m.document.subject(organisation.name),
    pageLabel: m.document.pageOf,
    blocks,
  };
}
