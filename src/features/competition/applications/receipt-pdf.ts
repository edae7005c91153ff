import { formatDateTime } from '../../../platform/i18n/dates.ts';
import { messagesFor, type Locale } from '../../../platform/i18n/index.ts';
import type { PdfBlock, PdfDocument } from '../../../platform/pdf/render-pdf.ts';
import { formatEuro } from '../../../platform/text/money.ts';
import type { ApplicationDossier } from './service.ts';

/**
 * The application as submitted, as a document: the receipt's facts, the project, every
 * section's answers, the budget plan with its sums, partners and attachments. The applicant
 * keeps it; it is what the platform received.
 */
export function receiptDocument(dossier: ApplicationDossier, locale: Locale, siteName: string): PdfDocument {
  const t = messagesFor(locale);
  const m = t.competitionApplications;
  const s = m.summary;
  const a = dossier.application;
  const euro = (cents: number) => formatEuro(locale, cents);
  const answer = (kind: string, value: string | undefined) =>
    value === undefined || value.trim() === '' ? m.check.missing : kind === 'yesNo' ? (value === 'ja' ? m.section.yes : m.section.no) : value;
  const blocks: PdfBlock[] = [
    { kind: 'heading', level: 1, text: m.pdf.title(a.reference ?? '') },
    { kind: 'paragraph', text: m.pdf.receiptBody(formatDateTime(locale, a.submittedAt ?? new Date())) },
    {
      kind: 'facts',
      rows: [
        { label: s.reference, value: a.reference ?? '' },
        { label: s.submittedAt, value: a.submittedAt ? formatDateTime(locale, a.submittedAt) : '' },
        { label: s.organisation, value: a.organisationName },
        { label: s.call, value: dossier.call.title },
      ],
    },
    { kind: 'heading', level: 2, text: s.project },
    { kind: 'facts', rows: [{ label: m.project.name, value: a.title }] },
    { kind: 'paragraph', text: a.summary },
  ];
  for (const section of dossier.form) {
    blocks.push({ kind: 'heading', level: 2, text: section.title });
    for (const q of section.questions) {
      blocks.push({ kind: 'heading', level: 3, text: q.label }, { kind: 'paragraph', text: answer(q.kind, dossier.answers.get(q.id)) });
    }
  }
  const b = m.budget;
  blocks.push(
    { kind: 'heading', level: 2, text: s.budget },
    {
      kind: 'table',
      caption: b.caption,
      head: [b.head.year, b.head.category, b.head.description, b.head.amount],
      rows: dossier.budget.map((item) => [String(item.year), b.categories[item.category], item.description, euro(item.amountCents)]),
      align: ['left', 'left', 'left', 'right'],
      foot: ['', '', b.total, euro(dossier.totals.totalCents)],
    },
    {
      kind: 'facts',
      rows: [
        { label: b.ownShare(dossier.call.ownSharePercent), value: euro(dossier.totals.ownShareCents) },
        { label: b.requested, value: euro(dossier.totals.requestedCents) },
      ],
    },
    { kind: 'heading', level: 2, text: s.partners },
    dossier.partners.length === 0
      ? { kind: 'paragraph', text: m.check.partnersNone }
      : { kind: 'facts', rows: dossier.partners.map((p) => ({ label: p.organisationName, value: `${p.part} – ${m.partners.states[p.status]}` })) },
    { kind: 'heading', level: 2, text: s.attachments },
    dossier.attachments.length === 0
      ? { kind: 'paragraph', text: m.check.attachmentsNone }
      : { kind: 'facts', rows: dossier.attachments.map((x) => ({ label: m.attachments.kinds[x.kind], value: x.originalName })) },
  );
  return {
    title: m.pdf.title(a.reference ?? ''),
    lang: locale,
    author: siteName,
    subject: m.pdf.subject(dossier.call.title),
    pageLabel: (page, total) => m.pdf.page(page, total),
    blocks,
  };
}
