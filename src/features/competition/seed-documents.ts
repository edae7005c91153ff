import type { AppDeps } from '../../platform/deps.ts';
import { FILE_TYPES } from '../../platform/files/index.ts';
import { formatCalendarDay, formatDateTime } from '../../platform/i18n/dates.ts';
import { messagesFor } from '../../platform/i18n/index.ts';
import { renderPdf, type PdfBlock, type PdfDocument } from '../../platform/pdf/render-pdf.ts';
import { formatEuro } from '../../platform/text/money.ts';
import { callPath } from './core/paths.ts';
import { findCall, type CompetitionCallRow } from './core/repository.ts';
import { insertCallDocument, listCallDocuments } from './documents/repository.ts';

/*
 * The demo calls' documents: the call for applications and guidance on applying, each a tagged
 * PDF written from the call as seed.ts describes it (aims, who may apply, amounts, deadline,
 * procedure) and in the catalogue's words where the call page has them; nothing more is claimed.
 */

const t = messagesFor('de');
const f = t.competition.public.facts;

/**
 * Fixed ids of a demo call's documents and their files, so that they have stable addresses: the
 * last group is the call's round (the last four digits of its id) and a number, e.g.
 * 7c0ad0c0-0000-4000-8000-202700000001 for the call text of the 2027 call.
 */
export function demoDocumentIds(callId: string) {
  const round = callId.slice(-4);
  const id = (prefix: string, n: number) => `${prefix}-0000-4000-8000-${round}${String(n).padStart(8, '0')}`;
  return {
    callText: { document: id('7c0ad0c0', 1), file: id('7c0adf11', 1) },
    guidance: { document: id('7c0ad0c0', 2), file: id('7c0adf11', 2) },
  };
}

const euro = (cents: number) => formatEuro('de', cents);
const day = (date: string) => formatCalendarDay('de', date, 'long');
const types = (call: CompetitionCallRow) => call.eligibleTypes.map((type) => t.organisations.types[type as keyof typeof t.organisations.types] ?? type);
const state = (call: CompetitionCallRow) => (call.agsPrefix ? (t.competition.states[call.agsPrefix] ?? call.agsPrefix) : f.anyState);

/** Who may apply, as the call's page says it. */
const eligibility = (call: CompetitionCallRow) => [
  { label: f.eligible, value: types(call).join(', ') },
  { label: f.state, value: state(call) },
  { label: f.joint, value: call.jointApplications ? f.jointYes : f.jointNo },
];

/** The call's text (Markdown of headings, lists and paragraphs) as blocks of a PDF below its title. */
function markdownBlocks(text: string): PdfBlock[] {
  return text
    .split(/\n{2,}/)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part): PdfBlock => {
      if (part.startsWith('## ')) return { kind: 'heading', level: 2, text: part.slice(3) };
      return { kind: 'paragraph', text: part.replace(/^- /gm, '– ') };
    });
}

/** The paragraphs under a heading of the call's text, e.g. "Verfahren"; empty when there is none. */
function sectionOf(text: string, heading: string): PdfBlock[] {
  const blocks = markdownBlocks(text);
  const start = blocks.findIndex((b) => b.kind === 'heading' && b.text === heading);
  if (start === -1) return [];
  const end = blocks.findIndex((b, i) => i > start && b.kind === 'heading');
  return blocks.slice(start + 1, end === -1 ? undefined : end);
}

function pdf(call: CompetitionCallRow, title: string, subject: string, blocks: PdfBlock[]): PdfDocument {
  return {
    title,
    lang: 'de',
    author: call.contact || undefined,
    subject,
    pageLabel: (page, total) => t.competitionApplications.pdf.page(page, total),
    blocks: [{ kind: 'heading', level: 1, text: title }, ...blocks],
  };
}

function callTextDocument(call: CompetitionCallRow): PdfDocument {
  const facts = [
    { label: f.period, value: f.periodValue(formatDateTime('de', call.opensAt), formatDateTime('de', call.closesAt)) },
    { label: f.maxAmount, value: f.maxAmountValue(euro(call.maxAmountCents)) },
    { label: f.totalBudget, value: euro(call.totalBudgetCents) },
    { label: f.ownShare, value: f.ownShareValue(call.ownSharePercent) },
    { label: f.funding, value: f.fundingValue(day(call.fundingStart), day(call.fundingEnd)) },
    ...eligibility(call),
    ...(call.contact ? [{ label: f.contact, value: call.contact }] : []),
  ];
  return pdf(call, call.title, `Förderaufruf: ${call.title}`, [
    { kind: 'paragraph', text: call.summary },
    { kind: 'heading', level: 2, text: t.competition.public.factsTitle },
    { kind: 'facts', rows: facts },
    ...markdownBlocks(call.description),
  ]);
}

function guidanceDocument(call: CompetitionCallRow): PdfDocument {
  const who: PdfBlock[] = [
    { kind: 'facts', rows: eligibility(call) },
    ...(call.jointApplications
      ? [
          {
            kind: 'paragraph',
            text: 'Bei einer gemeinsamen Bewerbung lädt die bewerbende Organisation ihre Partner ein; die Partner bestätigen ihre Teilnahme selbst auf der Plattform.',
          } satisfies PdfBlock,
        ]
      : []),
  ];
  const share = call.ownSharePercent === 0 ? 'Ein Eigenanteil ist nicht vorgesehen.' : `Der Eigenanteil beträgt ${call.ownSharePercent} % der Kosten.`;
  const procedure = sectionOf(call.description, 'Verfahren');
  const closing: PdfBlock[] = [
    ...(procedure.length > 0 ? [{ kind: 'heading', level: 2, text: 'Verfahren' } satisfies PdfBlock, ...procedure] : []),
    ...(call.contact ? [{ kind: 'heading', level: 2, text: f.contact } satisfies PdfBlock, { kind: 'paragraph', text: call.contact } satisfies PdfBlock] : []),
  ];
  return pdf(call, 'Hinweise zur Antragstellung', `Hinweise zur Antragstellung: ${call.title}`, [
    { kind: 'paragraph', text: `Diese Hinweise gehören zum Aufruf „${call.title}“.` },
    { kind: 'heading', level: 2, text: f.eligible },
    ...who,
    { kind: 'heading', level: 2, text: 'Fristen' },
    {
      kind: 'paragraph',
      text: `Bewerbungen sind ab dem ${formatDateTime('de', call.opensAt)} möglich. Eine Bewerbung muss bis zum Bewerbungsschluss am ${formatDateTime('de', call.closesAt)} (deutsche Zeit) eingereicht sein.`,
    },
    { kind: 'heading', level: 2, text: 'Förderung' },
    {
      kind: 'paragraph',
      text: `Je Bewerbung werden bis zu ${euro(call.maxAmountCents)} gefördert; insgesamt stehen ${euro(call.totalBudgetCents)} zur Verfügung. ${share} Gefördert wird vom ${day(call.fundingStart)} bis zum ${day(call.fundingEnd)}.`,
    },
    { kind: 'heading', level: 2, text: 'So bewerben Sie sich' },
    {
      kind: 'paragraph',
      text: `Die Bewerbung wird auf dieser Plattform gestellt, auf der Seite des Aufrufs (${callPath(call.slug)}). Melden Sie sich an und bewerben Sie sich für eine Organisation, die Sie auf der Plattform verwalten; die Seite zeigt, ob sie die Bedingungen des Aufrufs erfüllt. Zur Bewerbung gehören das Vorhaben, die Fragen des Bewerbungsformulars und ein Finanzplan. Nach dem Einreichen erhalten Sie eine Eingangsbestätigung.`,
    },
    ...closing,
  ]);
}

const DEMO_DOCUMENT_KINDS = [
  { key: 'callText', title: 'Förderaufruf', fileName: (call: CompetitionCallRow) => `Foerderaufruf-${call.slug}.pdf`, render: callTextDocument },
  {
    key: 'guidance',
    title: 'Hinweise zur Antragstellung',
    fileName: (call: CompetitionCallRow) => `Hinweise-Antragstellung-${call.slug}.pdf`,
    render: guidanceDocument,
  },
] as const;

/**
 * Gives each of the demo calls its two documents while it has none, so that a document the
 * editors removed stays removed as long as another is there. Runs on every start. The files are
 * stored outside any transaction: the store writes through the database itself, which inside a
 * transaction on PGlite's one connection would wait for ever.
 */
export async function seedCallDocuments(deps: AppDeps, callIds: readonly string[]): Promise<void> {
  for (const callId of callIds) {
    const call = await findCall(deps.db, callId);
    if (!call || (await listCallDocuments(deps.db, callId)).length > 0) continue;
    const ids = demoDocumentIds(callId);
    for (const [i, kind] of DEMO_DOCUMENT_KINDS.entries()) {
      const { document, file } = ids[kind.key];
      if (!(await deps.files.info(file))) {
        const bytes = await renderPdf(kind.render(call));
        await deps.files
          .put(bytes, { id: file, originalName: kind.fileName(call), createdBy: null, allowedTypes: [FILE_TYPES.pdf], maxBytes: bytes.length })
          .catch(async (error: unknown) => {
            // Another process seeding at the same moment stored it first.
            if (!(await deps.files.info(file))) throw error;
          });
      }
      await insertCallDocument(deps.db, { id: document, callId, position: i + 1, title: kind.title, fileId: file });
    }
  }
}
