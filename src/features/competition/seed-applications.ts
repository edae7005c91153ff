import { findUserByEmail } from '../../platform/auth/user-repository.ts';
import type { Executor } from '../../platform/db/client.ts';
import { getOrganisationBySlug } from '../organisations/service.ts';
import { findApplication, insertApplication, insertBudgetItem, insertCoApplicant, saveAnswers, updateApplicationRow } from './applications/repository.ts';
import type { ApplicationStatus, BudgetCategory } from './core/application-tables.ts';
import { loadApplicationForm } from './core/form-repository.ts';
import { demoFormIds, type DemoFormIds } from './seed-form.ts';

/** Fixed ids, so that the demo applications have stable addresses and are added only once. */
export const DEMO_APPLICATIONS = {
  draft: '7c0aa000-0000-4000-8000-000000000001',
  submitted: '7c0aa000-0000-4000-8000-000000000002',
  queried: '7c0aa000-0000-4000-8000-000000000003',
  eligible: '7c0aa000-0000-4000-8000-000000000004',
  eligibleKiel: '7c0aa000-0000-4000-8000-000000000005',
  withdrawn: '7c0aa000-0000-4000-8000-000000000006',
  awarded: '7c0aa000-0000-4000-8000-000000000007',
  rejected: '7c0aa000-0000-4000-8000-000000000008',
} as const;

type Answers = Partial<Record<keyof DemoFormIds['questions'], string>>;

interface DemoApplication {
  id: string;
  organisation: string;
  status: ApplicationStatus;
  title: string;
  summary: string;
  /** answers by the demo form's questions; a choice by its option's number, yes/no as 'ja' or 'nein' */
  answers: Answers;
  budget: { category: BudgetCategory; year: number; description: string; euros: number }[];
  /** submitted on this day of December 2026 (Berlin morning), with this number */
  submitted?: { day: number; sequence: number };
  screeningNote?: string;
  partner?: { organisation: string; part: string; status: 'invited' | 'confirmed' };
  /** the editors' decision, not yet released: the amount awarded, or the reason of a rejection */
  decision?: { euros?: number; reason?: string };
}

const DEMO_MANAGER = 'manager@demo.digitale-kommune.de';

// the options of the demo form's choices, by their number (seed-form.ts)
const STEP = { network: '0', plan: '1', act: '2' } as const;
const LICENCE = { open: '0', onRequest: '1', undecided: '2' } as const;

/**
 * Applications to the open call of 2027/2028 in every state of the procedure, written for this
 * demo: the seeds name the programme's aims (Daseinsvorsorge, re-use by other municipalities,
 * joint applications in functional areas), not applicants. The draft belongs to the demo
 * manager's Kreis, so that the task list can be tried at once.
 */
const APPLICATIONS: DemoApplication[] = [
  {
    id: DEMO_APPLICATIONS.draft,
    organisation: 'kreis-schleswig-flensburg',
    status: 'draft',
    title: 'Digitale Amtsstuben in Angeln',
    summary:
      'Der Kreis richtet mit den Ämtern in Angeln Videosprechstunden in Dorfgemeinschaftshäusern ein, damit Menschen ohne Auto ihre Anliegen im Ort erledigen können.',
    answers: {},
    budget: [
      { category: 'equipment', year: 2027, description: 'Ausstattung von sechs Sprechzimmern mit Bildschirm, Kamera und Dokumentenscanner', euros: 18_000 },
    ],
  },
  {
    id: DEMO_APPLICATIONS.submitted,
    organisation: 'hansestadt-luebeck',
    status: 'submitted',
    title: 'Quartiersplattform Buntekuh',
    summary:
      'Ein Stadtteil erprobt eine gemeinsame Plattform für Nachbarschaftshilfe, Termine der Vereine und die Sprechstunden der Stadtteilbüros – als Baukasten, den andere Kommunen übernehmen können.',
    answers: {
      challenge:
        'Im Stadtteil Buntekuh gibt es viele Angebote, aber sie sind verstreut: Aushänge, Vereinsseiten, Gruppen in Messengern. Ältere Menschen und neu Zugezogene erreichen sie kaum, und die Stadtteilbüros beantworten jeden Tag dieselben Fragen am Telefon.',
      step: STEP.act,
      strategy: 'ja',
      plan: 'Eine Plattform auf Grundlage freier Software, die die Stadtteilbüros mit den Vereinen pflegen. Start mit drei Vereinen im ersten Halbjahr, danach schrittweise für den ganzen Stadtteil; die Stadtteilbibliothek bietet eine offene Sprechstunde für alle, die Hilfe beim Einstieg brauchen.',
      milestone: 'Drei Vereine und zwei Stadtteilbüros pflegen ihre Angebote selbst auf der Plattform.',
      reuse:
        'Der Quellcode und ein Handbuch für die Einrichtung werden veröffentlicht. Kleinere Kommunen können die Plattform ohne eigene Entwicklung für ein Dorf oder einen Ortsteil übernehmen.',
      licence: LICENCE.open,
      involvement:
        'Zwei Stadtteilkonferenzen, eine Sprechstunde in der Stadtteilbibliothek und ein Beirat aus Vereinen und Seniorenvertretung, der über neue Funktionen mitentscheidet.',
      operation: 'ja',
      network: 'Mit Kommunen, die ebenfalls Quartiers- oder Dorfplattformen betreiben, etwa den Clever-Dörp-Dörfern.',
    },
    budget: [
      { category: 'personnel', year: 2027, description: 'Quartiersmanagement, halbe Stelle', euros: 32_000 },
      { category: 'software', year: 2027, description: 'Einrichtung und Betrieb der Plattform', euros: 24_000 },
      { category: 'participation', year: 2028, description: 'Stadtteilkonferenzen und Schulungen für Vereine', euros: 9_500 },
    ],
    submitted: { day: 3, sequence: 1 },
  },
  {
    id: DEMO_APPLICATIONS.queried,
    organisation: 'kreis-nordfriesland',
    status: 'queried',
    title: 'Halligen digital versorgt',
    summary: 'Telemedizinische Sprechstunden und ein digitaler Bestellweg für Medikamente auf fünf Halligen, gemeinsam mit der Ärzteschaft auf dem Festland.',
    answers: {
      challenge:
        'Auf den Halligen gibt es keine Arztpraxis und keine Apotheke. Bei Sturmflut sind die Bewohnerinnen und Bewohner tagelang vom Festland abgeschnitten; schon ein Rezept bedeutet heute eine Überfahrt.',
      step: STEP.act,
      strategy: 'nein',
      plan: 'Videosprechstunden mit zwei Praxen in Husum, ein Bestellweg für Medikamente mit Lieferung über die Fähre und Schulungen für Halligbewohnerinnen und -bewohner, die Nachbarn bei der Sprechstunde helfen.',
      milestone: 'Auf drei Halligen finden wöchentliche Videosprechstunden statt.',
      risks: 'Die Netzabdeckung ist bei Sturm unsicher; jedes Sprechzimmer erhält deshalb eine zweite Verbindung über Satellit.',
      reuse:
        'Inseln und abgelegene Ortsteile in anderen Kreisen haben dieselbe Lage; die Abläufe mit Praxen und Apotheken werden als Leitfaden veröffentlicht.',
      licence: LICENCE.onRequest,
      involvement: 'Die Halligkonferenz und die Gemeindevertretungen haben das Vorhaben mit entwickelt; jede Hallig benennt eine Ansprechperson.',
      operation: 'nein',
    },
    budget: [
      { category: 'equipment', year: 2027, description: 'Sprechzimmer auf fünf Halligen mit Messgeräten', euros: 41_000 },
      { category: 'services', year: 2028, description: 'Begleitung durch die Ärzteschaft und Auswertung', euros: 38_000 },
    ],
    submitted: { day: 4, sequence: 2 },
    screeningNote: 'Bitte ergänzen Sie, welche Praxen die Sprechstunden übernehmen, und reichen Sie deren Absichtserklärungen nach.',
  },
  {
    id: DEMO_APPLICATIONS.eligible,
    organisation: 'stadt-flensburg',
    status: 'eligible',
    title: 'Offene Fahrplandaten für die Region Flensburg',
    summary:
      'Die Stadt veröffentlicht die Echtzeitdaten ihrer Busse als offene Daten und baut mit dem Kreis eine gemeinsame Auskunft für Bus, Rufbus und Mitfahrbank.',
    answers: {
      challenge:
        'Wer aus dem Umland nach Flensburg pendelt, braucht drei Apps: eine für den Stadtbus, eine für den Regionalbus, eine für den Rufbus. Mitfahrbänke kennt keine davon, und wer kein Smartphone hat, findet gar nichts.',
      step: STEP.network,
      strategy: 'ja',
      plan: 'Eine offene Schnittstelle für Echtzeitdaten nach dem Standard GTFS, eine einfache Auskunft im Netz und Aushänge mit QR-Code und Telefonnummer an den Mitfahrbänken.',
      milestone: 'Die Echtzeitdaten aller Stadtbuslinien stehen als offene Daten bereit.',
      reuse: 'Jede Kommune mit Stadtbus kann die Schnittstelle übernehmen; die Daten stehen im Open-Data-Portal des Landes.',
      licence: LICENCE.open,
      involvement: 'Pendlerinnen und Pendler testen die Auskunft in zwei Runden, die Seniorenbeiräte der Umlandgemeinden prüfen die Verständlichkeit.',
      operation: 'ja',
      network: 'Mit dem Wirtschaftsraum Rendsburg und der Landeshauptstadt Kiel.',
    },
    budget: [
      { category: 'software', year: 2027, description: 'Schnittstelle für Echtzeitdaten und Auskunft', euros: 46_000 },
      { category: 'participation', year: 2027, description: 'Testrunden mit Pendlerinnen und Pendlern', euros: 6_000 },
      { category: 'equipment', year: 2028, description: 'Aushänge und Beschilderung an 40 Mitfahrbänken', euros: 8_000 },
    ],
    submitted: { day: 4, sequence: 3 },
    partner: { organisation: 'kreis-schleswig-flensburg', part: 'Der Kreis bringt den Rufbus und die Mitfahrbänke des Umlands ein.', status: 'confirmed' },
  },
  {
    id: DEMO_APPLICATIONS.eligibleKiel,
    organisation: 'landeshauptstadt-kiel',
    status: 'eligible',
    title: 'Sensoren für saubere Badestellen',
    summary: 'Messstellen an zehn Badestellen der Förde zeigen Wasserqualität und Temperatur in Echtzeit; die Daten stehen allen Kommunen an der Küste offen.',
    answers: {
      challenge:
        'Die Wasserqualität an den Badestellen wird nur alle zwei Wochen geprüft. Nach Starkregen erfahren Badegäste zu spät von Belastungen, und das Gesundheitsamt sperrt Badestellen oft erst am nächsten Tag.',
      step: STEP.act,
      strategy: 'ja',
      plan: 'Zehn Messbojen, eine offene Datenplattform und Hinweise an den Badestellen; Warnungen gehen unmittelbar an das Gesundheitsamt und an die Badeaufsicht.',
      milestone: 'Fünf Bojen messen in der ersten Badesaison.',
      reuse: 'Die Bauanleitung der Bojen und die Software werden unter freier Lizenz veröffentlicht; Gemeinden an Nord- und Ostsee können sie übernehmen.',
      licence: LICENCE.open,
      involvement: 'Schulklassen bauen zwei Bojen mit und betreuen sie; eine Karte zeigt die Messwerte für alle.',
      operation: 'ja',
    },
    budget: [
      { category: 'equipment', year: 2027, description: 'Zehn Messbojen mit Funkmodul', euros: 52_000 },
      { category: 'software', year: 2028, description: 'Datenplattform und Warnhinweise', euros: 28_000 },
    ],
    submitted: { day: 5, sequence: 4 },
  },
  {
    id: DEMO_APPLICATIONS.withdrawn,
    organisation: 'kreis-dithmarschen',
    status: 'withdrawn',
    title: 'Digitale Schadensmeldung für Deichwege',
    summary: 'Ein Meldeweg für Schäden an Deichwegen, zurückgezogen, weil der Deichverband das Vorhaben selbst finanziert.',
    answers: {
      challenge: 'Schäden an Deichwegen werden heute per Telefon gemeldet und auf Papier erfasst; bis zur Reparatur vergehen oft Wochen.',
      step: STEP.act,
      strategy: 'ja',
      plan: 'Ein Meldeweg im Netz mit Foto und Ort, angebunden an das Fachverfahren des Deichverbands.',
      milestone: 'Der Meldeweg ist für zwei Deichabschnitte freigeschaltet.',
      reuse: 'Andere Deich- und Wegeverbände können den Meldeweg übernehmen.',
      licence: LICENCE.onRequest,
      involvement: 'Landwirtinnen und Landwirte, die die Wege täglich nutzen, testen den Meldeweg.',
      operation: 'ja',
    },
    budget: [{ category: 'software', year: 2027, description: 'Meldeweg und Anbindung an das Fachverfahren', euros: 20_000 }],
    submitted: { day: 2, sequence: 5 },
  },
  {
    id: DEMO_APPLICATIONS.awarded,
    organisation: 'stadt-heide',
    status: 'awarded',
    title: 'Digitale Sprechstunde im Heider Marktviertel',
    summary:
      'Die Stadt bietet Bürgerinnen und Bürgern Termine per Video und eine Servicestelle im Marktviertel, in der Beschäftigte beim Ausfüllen digitaler Anträge helfen.',
    answers: {
      challenge:
        'Viele Anliegen lassen sich schon digital erledigen, aber gerade Ältere und Menschen aus den Umlandgemeinden kommen damit allein nicht zurecht und fahren doch ins Rathaus.',
      step: STEP.act,
      strategy: 'ja',
      plan: 'Videotermine für die häufigsten Anliegen, eine Servicestelle mit zwei Arbeitsplätzen im Marktviertel und Sprechzeiten der Digitallotsen aus dem Ehrenamt.',
      milestone: 'Die Servicestelle ist an drei Tagen in der Woche geöffnet.',
      reuse: 'Das Konzept der Servicestelle und die Schulungsunterlagen der Digitallotsen stehen anderen Städten offen.',
      licence: LICENCE.open,
      involvement: 'Der Seniorenbeirat und die Volkshochschule gestalten die Schulungen der Digitallotsen mit.',
      operation: 'ja',
    },
    budget: [
      { category: 'equipment', year: 2027, description: 'Zwei Arbeitsplätze mit Videotechnik in der Servicestelle', euros: 14_000 },
      { category: 'personnel', year: 2027, description: 'Koordination der Digitallotsen (halbe Stelle)', euros: 30_000 },
      { category: 'participation', year: 2028, description: 'Schulungen der Digitallotsen mit der Volkshochschule', euros: 12_000 },
    ],
    submitted: { day: 5, sequence: 6 },
    decision: { euros: 50_000 },
  },
  {
    id: DEMO_APPLICATIONS.rejected,
    organisation: 'stadt-pinneberg',
    status: 'rejected',
    title: 'Digitales Rathaus Pinneberg – zweite Ausbaustufe',
    summary: 'Die Stadt erweitert das 2020 geförderte digitale Rathaus um weitere Online-Dienste und einen Terminservice.',
    answers: {
      challenge: 'Nach der ersten Ausbaustufe fehlen noch Online-Dienste für Gewerbe- und Sondernutzungsanträge.',
      step: STEP.act,
      strategy: 'ja',
      plan: 'Zwölf weitere Online-Dienste und ein Terminservice für alle Bürgerbüros.',
      milestone: 'Sechs neue Online-Dienste sind freigeschaltet.',
      reuse: 'Die Dienste entstehen im gemeinsamen Portal des Landes und stehen dort allen Kommunen zur Verfügung.',
      licence: LICENCE.onRequest,
      involvement: 'Gewerbetreibende testen die neuen Dienste.',
      operation: 'ja',
    },
    budget: [{ category: 'software', year: 2027, description: 'Online-Dienste und Terminservice', euros: 70_000 }],
    submitted: { day: 6, sequence: 7 },
    decision: {
      reason:
        'Das Vorhaben setzt das 2020 geförderte Projekt fort. Der Aufruf fördert neue Vorhaben, die andere Kommunen übernehmen können; der Ausbau bestehender Dienste ist über das Portal des Landes möglich.',
    },
  },
];

/** The demo's answers as rows: only questions the call's form has, choices as the option's words. */
function answerRows(answers: Answers, ids: DemoFormIds['questions'], questions: Map<string, { kind: string; options: string[] }>) {
  const rows: { questionId: string; value: string }[] = [];
  for (const [key, value] of Object.entries(answers) as [keyof Answers, string][]) {
    const question = questions.get(ids[key]);
    if (!question) continue;
    rows.push({ questionId: ids[key], value: question.kind === 'choice' ? (question.options[Number(value)] ?? '') : value });
  }
  return rows;
}

/** Adds what is missing and never changes what people have changed since. */
export async function seedDemoApplications(tx: Executor, callId: string): Promise<void> {
  const manager = await findUserByEmail(tx, DEMO_MANAGER);
  const ids = demoFormIds(callId).questions;
  const questions = new Map((await loadApplicationForm(tx, callId)).flatMap((section) => section.questions).map((q) => [q.id, q]));
  for (const demo of APPLICATIONS) {
    if (await findApplication(tx, demo.id)) continue;
    const organisation = await getOrganisationBySlug(tx, demo.organisation);
    if (!organisation) continue;
    const createdBy = demo.status === 'draft' ? (manager?.id ?? null) : null;
    const row = await insertApplication(tx, { id: demo.id, callId, organisationId: organisation.id, organisationName: organisation.name, createdBy });
    if (!row) continue;
    await saveAnswers(tx, row.id, answerRows(demo.answers, ids, questions));
    for (const item of demo.budget) {
      await insertBudgetItem(tx, {
        applicationId: row.id,
        category: item.category,
        year: item.year,
        description: item.description,
        amountCents: item.euros * 100,
      });
    }
    if (demo.partner) {
      const partner = await getOrganisationBySlug(tx, demo.partner.organisation);
      if (partner) {
        const answeredAt = demo.partner.status === 'confirmed' ? new Date(Date.UTC(2026, 11, 3, 15, 0)) : null;
        await insertCoApplicant(tx, {
          applicationId: row.id,
          organisationId: partner.id,
          organisationName: partner.name,
          part: demo.partner.part,
          status: demo.partner.status,
          answeredAt,
        });
      }
    }
    const submittedAt = demo.submitted ? new Date(Date.UTC(2026, 11, demo.submitted.day, 9, 30)) : null;
    await updateApplicationRow(tx, row.id, {
      title: demo.title,
      summary: demo.summary,
      status: demo.status,
      ...(demo.submitted ? { reference: `WB-2027-${String(demo.submitted.sequence).padStart(4, '0')}`, submittedAt } : {}),
      ...(demo.status === 'withdrawn' ? { withdrawnAt: new Date(Date.UTC(2026, 11, 5, 14, 0)) } : {}),
      ...(demo.screeningNote ? { screeningNote: demo.screeningNote, screenedAt: new Date(Date.UTC(2026, 11, 6, 10, 0)) } : {}),
      ...(demo.status === 'eligible' || demo.decision ? { screenedAt: new Date(Date.UTC(2026, 11, 6, 10, 0)) } : {}),
      ...(demo.decision
        ? {
            awardedCents: demo.decision.euros ? demo.decision.euros * 100 : null,
            decisionReason: demo.decision.reason ?? null,
            decidedAt: new Date(Date.UTC(2026, 11, 7, 8, 0)),
          }
        : {}),
    });
  }
}
