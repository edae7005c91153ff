import type { AppDeps } from '../../platform/deps.ts';
import { FILE_TYPES } from '../../platform/files/index.ts';
import { messagesFor } from '../../platform/i18n/index.ts';
import { renderPdf, type PdfDocument } from '../../platform/pdf/render-pdf.ts';
import { findProject } from './core/project-repository.ts';
import { findReport, findReportFile, insertReport, insertReportFile } from './projects/reports/repository.ts';
import { syncReportSearch } from './projects/reports/sync-search.ts';

/*
 * The first round's reports: each project of 2020 (funded from September 2020 to August 2022,
 * completed) gave an interim report in autumn 2021 and a final report in autumn 2022; the
 * editors accepted both and published the final ones. The texts are written for this demo from
 * the projects' descriptions in seed-projects.ts and claim no figures of their own.
 */

/** Fixed ids: the projects' of seed-projects.ts, and the reports' with the project's number at the end. */
const project = (n: number) => `7c0a1e00-0000-4000-8001-00000000000${n}`;
const reportId = (kind: 1 | 2, n: number) => `7c0a1e00-0000-4000-8002-00000000${kind}00${n}`;

/** The demo project of Kreis Schleswig-Flensburg, which the demo manager manages, and its reports' ids. */
export const DEMO_PROJECT_REPORTS = {
  project: project(2),
  slug: 'grenzueberschreitende-digitalstrategie',
  interim: reportId(1, 2),
  final: reportId(2, 2),
  /** the attachment of the final report (its row) and the stored PDF */
  finalAttachment: '7c0a1e00-0000-4000-8003-000000002002',
  finalFile: '7c0a1e00-0000-4000-8004-000000002002',
} as const;

const INTERIM = { title: 'Zwischenbericht 2021', dueOn: '2021-09-30', submittedAt: '2021-09-27T08:00:00Z', acceptedAt: '2021-10-12T09:00:00Z' };
const FINAL = {
  title: 'Abschlussbericht',
  dueOn: '2022-11-30',
  submittedAt: '2022-11-24T08:00:00Z',
  acceptedAt: '2022-12-08T09:00:00Z',
  publishedAt: '2022-12-15T09:00:00Z',
};

/** By project number: the interim and the final report. */
const BODIES: Record<number, [string, string]> = {
  1: [
    'Im ersten Jahr haben in allen fünf Dörfern Dorfgespräche stattgefunden. Gewünscht haben sich die Menschen vor allem, Mitfahrgelegenheiten und Hilfe beim Einkaufen an einem Ort zu finden. Auf dieser Grundlage ist eine erste Fassung der Dorf-App entstanden; die Vereine tragen ihre Termine bereits selbst ein. Im zweiten Jahr folgen die Schulungen für Ehrenamtliche.',
    'Die Dorf-App läuft in allen fünf Dörfern: Mitfahrbank, Nachbarschaftshilfe und die Termine der Vereine stehen an einem Ort. In jedem Dorf betreuen geschulte Ehrenamtliche die App. Andere Dörfer können sie ohne Programmierkenntnisse für sich einrichten; eine Anleitung führt von den eigenen Vereinen bis zum Standort der Mitfahrbank. Am meisten genutzt wird die Nachbarschaftshilfe, die Mitfahrbank braucht feste Zeiten, damit sich Fahrende und Mitfahrende finden.',
  ],
  2: [
    'Mit den Partnern in Dänemark haben wir die ersten gemeinsamen Werkstätten mit Verwaltungen beider Seiten durchgeführt, abwechselnd diesseits und jenseits der Grenze. Daraus ist eine Übersicht der Dienste entstanden, die Pendlerinnen und Pendler, Unternehmen und Schulen über die Grenze hinweg brauchen. Schwierig ist, dass die Verwaltungen mit verschiedenen Systemen arbeiten und Begriffe verschieden verwenden; wir führen deshalb ein zweisprachiges Glossar. Im zweiten Jahr schreiben wir daraus die Strategie.',
    'Die digitale Strategie ist fertig und von beiden Seiten beschlossen. Sie beruht auf den gemeinsamen Werkstätten und der Übersicht der Dienste über die Grenze hinweg und benennt Maßnahmen, die die Verwaltungen beider Seiten gemeinsam umsetzen. Vorrang haben Dienste, die Pendlerinnen und Pendler und Unternehmen heute noch auf Papier und doppelt erledigen. Die Kurzfassung der Strategie liegt als PDF bei. Andere Grenzregionen können das Vorgehen mit den Werkstätten übernehmen.',
  ],
  3: [
    'Die Stadt Rendsburg und die Gemeinden im Umland haben gemeinsam eine Bestandsaufnahme ihrer Verwaltungsleistungen gemacht und festgestellt, welche Leistungen alle in gleicher Weise anbieten. Für Gewerbeanmeldungen, Bauanträge und Terminbuchungen entsteht ein gemeinsames Serviceportal. Der Entwurf des Vertrags, der Kosten und Zuständigkeiten verteilt, liegt den Gremien vor.',
    'Das gemeinsame Serviceportal ist online: Unternehmen und Bürgerinnen und Bürger melden ein Gewerbe an, stellen Bauanträge und buchen Termine, ohne wissen zu müssen, welche Verwaltung zuständig ist. Hinter dem Portal arbeiten die Verwaltungen mit abgestimmten Abläufen. Der Vertrag regelt, wie die laufenden Kosten verteilt werden und wer das Portal betreut. Andere Stadt-Umland-Räume können Bestandsaufnahme und Vertrag als Vorlage nutzen.',
  ],
  4: [
    'Die Plattform für offene Daten steht Kommunen im Land offen. Die Stadt hat weitere Datensätze, etwa zu Haltestellen und Baustellen, unter offenen Lizenzen veröffentlicht. Die Anleitung, wie andere Kommunen ihre Daten einstellen, liegt im Entwurf vor und wird mit den ersten Kommunen erprobt.',
    'Kiel betreibt die Plattform für offene Daten nun auch für Kommunen im Land, die keine eigene aufbauen wollen. Die Anleitung zum Einstellen von Daten ist veröffentlicht und mit den ersten teilnehmenden Kommunen überarbeitet worden. Zum Treffen für alle, die die Daten nutzen, kamen Verwaltungen, Unternehmen und Initiativen. Gefragt sind besonders Daten zu Haltestellen, Parkplätzen und Baustellen; das Treffen findet weiter einmal im Jahr statt.',
  ],
  5: [
    'Die ersten Funkstationen des LoRaWAN-Netzes sind auf städtischen Gebäuden in Betrieb. Am Hafen misst ein Sensor den Pegel, an Parkplätzen und Containern sind die ersten Sensoren angebracht. Wie die Messwerte als offene Daten bereitgestellt werden, klären wir im zweiten Jahr.',
    'Das stromsparende Funknetz ist in Betrieb. Sensoren melden Pegelstände am Hafen, freie Parkplätze und volle Container; geleert wird, wenn ein Container voll ist, nicht nach festem Plan. Die gemessenen Werte stehen als offene Daten bereit. Vereine und Schulen nutzen das Netz inzwischen für eigene Projekte.',
  ],
  6: [
    'An wenigen Punkten in der Altstadt und an den Parkplätzen wird gezählt, wie voll es ist. Die Zählungen an schönen Tagen und während der Festspiele bestätigen, dass sich die Gäste auf wenige Orte drängen, während Wege und Seen in der Umgebung leer bleiben. Die Karte mit der Auslastung ist in Arbeit.',
    'Gäste sehen online und auf Anzeigetafeln, wo es in der Altstadt gerade voll ist und wo Parkplätze frei sind. An vollen Tagen schlägt die Karte Ausflüge zu weniger besuchten Zielen in der Seenlandschaft vor. Die Zählungen haben wir gemeinsam mit dem Tourismus und dem Handel ausgewertet. Die Zählpunkte bleiben nach dem Ende der Förderung in Betrieb.',
  ],
  7: [
    'Die Auswertung der Anliegen im Rathaus ist abgeschlossen: Die zehn häufigsten stehen fest, vom Termin bis zum Bewohnerparkausweis. Für die ersten Anliegen gibt es Online-Formulare, die wir mit Bürgerinnen und Bürgern getestet und danach vereinfacht haben. Parallel beschreiben wir die Abläufe dahinter neu.',
    'Die zehn häufigsten Anliegen lassen sich online erledigen, auch außerhalb der Öffnungszeiten des Rathauses. Jedes Formular haben wir mit Menschen getestet und vereinfacht, bis sie es ohne Hilfe ausfüllen konnten. Die Beschäftigten sind für die neuen Abläufe geschult. Gerade wer nach Hamburg pendelt, muss für diese Anliegen nicht mehr ins Rathaus kommen.',
  ],
  8: [
    'Die Anforderungen an Glasfaser, Nahwärme und Ladepunkte sind in den Entwurf des Bebauungsplans aufgenommen. In Werkstätten haben künftige Bewohnerinnen und Bewohner ihre Wünsche an die Quartiers-App eingebracht. Der Leitfaden für andere Kommunen wächst mit jedem Schritt der Planung.',
    'Der Bebauungsplan für das neue Baugebiet sieht Glasfaser bis in jedes Haus, ein digital gesteuertes Nahwärmenetz und Ladepunkte vor. Die künftigen Bewohnerinnen und Bewohner haben die Quartiers-App mitgestaltet. Der Leitfaden für Kommunen, die ein Baugebiet planen, ist veröffentlicht: Er beschreibt, was in den Plan gehört und wann wer an den Tisch gehört.',
  ],
  9: [
    'Der Dorftreff ist mit schnellem Internet und Geräten für Videosprechstunden ausgestattet. Die ersten Digitallotsen aus dem Dorf helfen in Kursen, in denen Ältere den Umgang mit Smartphone und Tablet üben. Mit einer Arztpraxis und dem Amt sprechen wir über feste Sprechzeiten.',
    'Der digitale Dorftreff ist ein fester Ort im Dorf geworden. Digitallotsen aus dem Dorf bieten Kurse an und helfen bei Fragen zu Smartphone, Tablet und Online-Anträgen. Zu festen Sprechzeiten sprechen Menschen im Dorftreff per Video mit einer Arztpraxis und dem Amt, ohne weit fahren zu müssen. Die Gemeinde führt den Dorftreff nach dem Ende der Förderung weiter.',
  ],
};

/** The short version of the strategy that Schleswig-Flensburg attached to its final report. */
function strategySummary(): PdfDocument {
  const title = 'Digitale Strategie über die Grenze – Kurzfassung';
  return {
    title,
    lang: 'de',
    author: 'Kreis Schleswig-Flensburg',
    subject: 'Anlage zum Abschlussbericht des Vorhabens „Digitale Strategie über die Grenze“',
    pageLabel: (page, total) => messagesFor('de').competitionApplications.pdf.page(page, total),
    blocks: [
      { kind: 'heading', level: 1, text: title },
      {
        kind: 'facts',
        rows: [
          { label: 'Vorhaben', value: 'Digitale Strategie über die Grenze' },
          { label: 'Gefördert im', value: 'Wettbewerb Digitale Modellkommunen Schleswig-Holstein' },
          { label: 'Laufzeit', value: '1. September 2020 bis 31. August 2022' },
        ],
      },
      { kind: 'heading', level: 2, text: 'Ausgangslage' },
      {
        kind: 'paragraph',
        text: 'Pendlerinnen und Pendler, Unternehmen und Schulen kennen die Grenze kaum noch. Die Verwaltungen auf beiden Seiten arbeiten aber mit verschiedenen Systemen.',
      },
      { kind: 'heading', level: 2, text: 'Vorgehen' },
      {
        kind: 'paragraph',
        text: 'In gemeinsamen Werkstätten haben Verwaltungen beider Seiten die Dienste zusammengetragen, die Menschen über die Grenze hinweg brauchen. Daraus sind die Maßnahmen der Strategie entstanden, die beide Seiten beschlossen haben.',
      },
      {
        kind: 'table',
        caption: 'Maßnahmen der Strategie',
        head: ['Maßnahme', 'Für wen'],
        rows: [
          ['Dienste, die heute doppelt auf Papier erledigt werden, gemeinsam online anbieten', 'Pendlerinnen und Pendler, Unternehmen'],
          ['Ein zweisprachiges Glossar der Verwaltungsbegriffe pflegen', 'Verwaltungen beider Seiten'],
          ['Die Werkstätten regelmäßig fortsetzen', 'Verwaltungen, Schulen, Unternehmen'],
        ],
      },
    ],
  };
}

/**
 * Stores the strategy's PDF unless it is there. Outside the reports' transaction on purpose: the
 * store writes through the database itself, which inside a transaction on PGlite's one
 * connection would wait for ever.
 */
async function storeStrategyPdf(deps: AppDeps): Promise<void> {
  const id = DEMO_PROJECT_REPORTS.finalFile;
  if (await deps.files.info(id)) return;
  const pdf = await renderPdf(strategySummary());
  await deps.files
    .put(pdf, { id, originalName: 'Digitale-Strategie-Kurzfassung.pdf', createdBy: null, allowedTypes: [FILE_TYPES.pdf], maxBytes: pdf.length })
    .catch(async (error: unknown) => {
      // Another process seeding at the same moment stored it first.
      if (!(await deps.files.info(id))) throw error;
    });
}

/** Adds the first round's reports that are missing; never changes one that is there. */
export async function seedProjectReports(deps: AppDeps): Promise<void> {
  if (!(await findReportFile(deps.db, DEMO_PROJECT_REPORTS.final, DEMO_PROJECT_REPORTS.finalAttachment))) await storeStrategyPdf(deps);
  await deps.db.transaction(async (tx) => {
    for (const [n, [interim, final]] of Object.entries(BODIES).map(([n, bodies]) => [Number(n), bodies] as const)) {
      const row = await findProject(tx, project(n));
      if (!row) continue;
      if (!(await findReport(tx, row.id, reportId(1, n)))) {
        await insertReport(tx, {
          id: reportId(1, n),
          projectId: row.id,
          title: INTERIM.title,
          dueOn: INTERIM.dueOn,
          status: 'accepted',
          body: interim,
          submittedAt: new Date(INTERIM.submittedAt),
          acceptedAt: new Date(INTERIM.acceptedAt),
        });
      }
      if (!(await findReport(tx, row.id, reportId(2, n)))) {
        const report = await insertReport(tx, {
          id: reportId(2, n),
          projectId: row.id,
          title: FINAL.title,
          dueOn: FINAL.dueOn,
          status: 'accepted',
          body: final,
          submittedAt: new Date(FINAL.submittedAt),
          acceptedAt: new Date(FINAL.acceptedAt),
          publishedAt: new Date(FINAL.publishedAt),
        });
        await syncReportSearch(tx, row, report);
      }
    }
    const { final, finalAttachment, finalFile } = DEMO_PROJECT_REPORTS;
    if ((await findReport(tx, DEMO_PROJECT_REPORTS.project, final)) && !(await findReportFile(tx, final, finalAttachment))) {
      await insertReportFile(tx, { id: finalAttachment, reportId: final, title: 'Kurzfassung der Strategie', fileId: finalFile });
    }
  });
}
