import { findUserByEmail } from '../../platform/auth/user-repository.ts';
import type { Executor } from '../../platform/db/client.ts';
import { berlinToUtc } from '../../platform/time/berlin-time.ts';
import { findProject } from './core/project-repository.ts';
import { insertMilestone, insertPayment, listMilestones, listPayments } from './projects/workspace/repository.ts';

/** The first round's project of the Kreis Schleswig-Flensburg, which the demo manager manages. */
export const DEMO_WORKSPACE = '7c0a1e00-0000-4000-8001-000000000002';

interface DemoPayment {
  euros: number;
  purpose: string;
  /** the days it was requested, approved and paid */
  requested: string;
  approved?: string;
  paid?: string;
  /** the editors' reason, for a request they rejected */
  rejected?: string;
}

interface DemoRecords {
  milestones: { title: string; due: string; reached: string }[];
  payments: DemoPayment[];
}

const paid = (euros: number, purpose: string, requested: string, approved: string, paidOn: string): DemoPayment => ({
  euros,
  purpose,
  requested,
  approved,
  paid: paidOn,
});

/**
 * How the first round's projects went (seed-projects.ts, funded 2020-09-01 to 2022-08-31, all
 * completed), written for this demo from each project's plan: milestones reached, some a
 * little late, and the award called off in two or three payments. The Kreis Schleswig-Flensburg
 * has the fullest history, with a request the editors rejected and that was asked for anew.
 */
const RECORDS: Record<string, DemoRecords> = {
  // Clever Dörp Dithmarschen
  '7c0a1e00-0000-4000-8001-000000000001': {
    milestones: [
      { title: 'Dorfgespräche in allen fünf Orten geführt', due: '2021-01-31', reached: '2021-01-28' },
      { title: 'Erste Fassung der Dorf-App in zwei Dörfern im Test', due: '2021-06-30', reached: '2021-07-12' },
      { title: 'Ehrenamtliche Betreuerinnen und Betreuer geschult', due: '2022-03-31', reached: '2022-03-24' },
      { title: 'Dorf-App in allen fünf Dörfern in Betrieb', due: '2022-06-30', reached: '2022-06-15' },
    ],
    payments: [
      paid(35_000, 'Moderation der Dorfgespräche und Konzept der Dorf-App', '2020-10-12', '2020-10-19', '2020-10-28'),
      paid(45_000, 'Entwicklung der Dorf-App', '2021-03-01', '2021-03-08', '2021-03-17'),
      paid(20_000, 'Schulungen der Ehrenamtlichen und Betrieb im ersten Jahr', '2022-01-10', '2022-01-17', '2022-01-26'),
    ],
  },
  // Digitale Strategie über die Grenze (Kreis Schleswig-Flensburg)
  [DEMO_WORKSPACE]: {
    milestones: [
      { title: 'Auftaktwerkstatt mit den Partnern in Dänemark', due: '2020-11-30', reached: '2020-11-19' },
      { title: 'Übersicht der Dienste, die Menschen über die Grenze hinweg brauchen', due: '2021-04-30', reached: '2021-05-20' },
      { title: 'Zweite Werkstatt: Maßnahmen mit beiden Verwaltungen abgestimmt', due: '2021-10-31', reached: '2021-10-14' },
      { title: 'Entwurf der Strategie auf Deutsch und Dänisch', due: '2022-03-31', reached: '2022-04-08' },
      { title: 'Strategie vom Kreistag und den dänischen Partnern beschlossen', due: '2022-07-31', reached: '2022-06-23' },
    ],
    payments: [
      paid(18_500, 'Moderation und Verdolmetschung der Auftaktwerkstatt', '2020-10-05', '2020-10-12', '2020-10-20'),
      paid(32_400, 'Externe Begleitung der Bestandsaufnahme, 1. Halbjahr 2021', '2021-01-18', '2021-01-25', '2021-02-03'),
      {
        euros: 24_000,
        purpose: 'Reisekosten und Raummiete der Werkstätten 2021',
        requested: '2021-09-01',
        rejected:
          'Reisekosten sind nach den Förderbedingungen nur bis 5.000 Euro förderfähig und getrennt nachzuweisen. Bitte rufen Sie Reisekosten und Raummiete einzeln ab.',
      },
      paid(4_850, 'Reisekosten der Werkstätten 2021', '2021-09-13', '2021-09-20', '2021-09-29'),
      paid(12_600, 'Raummiete und Verpflegung der Werkstätten 2021', '2021-09-13', '2021-09-20', '2021-09-29'),
      paid(27_315.4, 'Redaktion, Übersetzung und Satz der zweisprachigen Strategie', '2022-06-27', '2022-07-04', '2022-07-13'),
    ],
  },
  // Digitaler Wirtschaftsraum Rendsburg
  '7c0a1e00-0000-4000-8001-000000000003': {
    milestones: [
      { title: 'Bestandsaufnahme der Verwaltungsleistungen in Stadt und Umland', due: '2021-02-28', reached: '2021-02-22' },
      { title: 'Vertrag über Kosten und Zuständigkeiten unterzeichnet', due: '2021-09-30', reached: '2021-11-04' },
      { title: 'Gemeinsames Serviceportal mit den ersten zehn Leistungen online', due: '2022-05-31', reached: '2022-05-30' },
    ],
    payments: [
      paid(40_000, 'Bestandsaufnahme und Prozessberatung', '2020-11-02', '2020-11-09', '2020-11-18'),
      paid(60_000, 'Einrichtung des gemeinsamen Serviceportals', '2021-11-15', '2021-11-22', '2021-12-01'),
    ],
  },
  // Offene Daten für Kiel und das Land
  '7c0a1e00-0000-4000-8001-000000000004': {
    milestones: [
      { title: 'Erste 50 Datensätze unter offener Lizenz veröffentlicht', due: '2021-03-31', reached: '2021-03-15' },
      { title: 'Anleitung für Kommunen, die ihre Daten einstellen wollen', due: '2021-09-30', reached: '2021-09-27' },
      { title: 'Erstes Treffen aller, die die Daten nutzen', due: '2021-11-30', reached: '2021-11-18' },
      { title: 'Fünf weitere Kommunen stellen ihre Daten ein', due: '2022-06-30', reached: '2022-08-10' },
    ],
    payments: [
      paid(30_000, 'Aufbereitung der Datensätze 2020/2021', '2020-10-26', '2020-11-02', '2020-11-11'),
      paid(45_000, 'Betrieb und Ausbau der Plattform 2021', '2021-04-06', '2021-04-13', '2021-04-22'),
      paid(25_000, 'Anleitung, Nutzertreffen und Betrieb 2022', '2022-02-07', '2022-02-14', '2022-02-23'),
    ],
  },
  // Ein Funknetz für städtische Sensoren (Flensburg)
  '7c0a1e00-0000-4000-8001-000000000005': {
    milestones: [
      { title: 'Sechs Funkstationen auf städtischen Gebäuden in Betrieb', due: '2021-04-30', reached: '2021-04-21' },
      { title: 'Erste Sensoren an Hafen, Parkplätzen und Containern', due: '2021-10-31', reached: '2021-10-29' },
      { title: 'Gemessene Werte als offene Daten veröffentlicht', due: '2022-04-30', reached: '2022-05-16' },
    ],
    payments: [
      paid(55_000, 'Funkstationen und ihre Montage', '2021-01-11', '2021-01-18', '2021-01-27'),
      paid(43_780, 'Sensoren und Anbindung an die Datenplattform', '2021-08-02', '2021-08-09', '2021-08-18'),
    ],
  },
  // Besucherlenkung in Altstadt und Seenlandschaft (Eutin)
  '7c0a1e00-0000-4000-8001-000000000006': {
    milestones: [
      { title: 'Zählstellen an Parkplätzen und in der Altstadt eingerichtet', due: '2021-04-30', reached: '2021-04-29' },
      { title: 'Karte mit Auslastung und Ausflugstipps online', due: '2021-06-30', reached: '2021-07-01' },
      { title: 'Anzeigetafeln an den Ortseingängen in Betrieb', due: '2022-04-30', reached: '2022-04-12' },
      { title: 'Auswertung mit Tourismus und Handel vorgestellt', due: '2022-08-15', reached: '2022-08-11' },
    ],
    payments: [
      paid(38_000, 'Zählstellen und Datenplattform', '2021-02-01', '2021-02-08', '2021-02-17'),
      paid(47_000, 'Anzeigetafeln und Auslastungskarte', '2021-10-04', '2021-10-11', '2021-10-20'),
      paid(15_000, 'Auswertung und Workshops mit Tourismus und Handel', '2022-05-09', '2022-05-16', '2022-05-25'),
    ],
  },
  // Das Rathaus in der Hosentasche (Pinneberg)
  '7c0a1e00-0000-4000-8001-000000000007': {
    milestones: [
      { title: 'Auswertung der häufigsten Anliegen abgeschlossen', due: '2020-12-31', reached: '2020-12-17' },
      { title: 'Fünf Online-Formulare im Test mit Bürgerinnen und Bürgern', due: '2021-06-30', reached: '2021-06-24' },
      { title: 'Alle zehn Anliegen online', due: '2022-03-31', reached: '2022-05-05' },
      { title: 'Beschäftigte für die neuen Abläufe geschult', due: '2022-06-30', reached: '2022-06-29' },
    ],
    payments: [
      paid(25_000, 'Auswertung der Anliegen und Nutzertests', '2020-11-16', '2020-11-23', '2020-12-02'),
      paid(50_000, 'Online-Formulare und Anbindung an die Fachverfahren', '2021-05-03', '2021-05-10', '2021-05-19'),
      paid(22_500, 'Schulung der Beschäftigten', '2022-04-04', '2022-04-11', '2022-04-20'),
    ],
  },
  // Das smarte Baugebiet der Zukunft (Nortorf)
  '7c0a1e00-0000-4000-8001-000000000008': {
    milestones: [
      { title: 'Digitale Anforderungen im Bebauungsplan verankert', due: '2021-06-30', reached: '2021-06-17' },
      { title: 'Werkstatt mit den künftigen Bewohnerinnen und Bewohnern', due: '2021-11-30', reached: '2021-11-25' },
      { title: 'Leitfaden für andere Kommunen veröffentlicht', due: '2022-07-31', reached: '2022-07-28' },
    ],
    payments: [
      paid(45_000, 'Fachplanung Glasfaser, Nahwärme und Ladepunkte', '2021-01-25', '2021-02-01', '2021-02-10'),
      paid(55_000, 'Bürgerbeteiligung, Quartiers-App und Leitfaden', '2021-09-06', '2021-09-13', '2021-09-22'),
    ],
  },
  // Clever Dörp Kirchbarkau: der digitale Dorftreff
  '7c0a1e00-0000-4000-8001-000000000009': {
    milestones: [
      { title: 'Dorftreff ausgestattet und eröffnet', due: '2021-03-31', reached: '2021-05-08' },
      { title: 'Zwölf Digitallotsen aus dem Dorf geschult', due: '2021-09-30', reached: '2021-09-23' },
      { title: 'Feste Sprechzeiten mit Arztpraxen und dem Amt', due: '2022-02-28', reached: '2022-02-14' },
    ],
    payments: [
      paid(48_000, 'Ausstattung des Dorftreffs', '2020-12-07', '2020-12-14', '2020-12-22'),
      paid(32_000, 'Schulung der Digitallotsen und Kurse', '2021-07-05', '2021-07-12', '2021-07-21'),
    ],
  },
};

const morning = (day: string) => berlinToUtc(day, '09:00');

/**
 * Gives the first round's projects their milestones and payment requests, once: a project that
 * has either already is left as it is. The Kreis Schleswig-Flensburg's requests are the demo
 * manager's, so that the export of their data shows them.
 */
export async function seedProjectRecords(tx: Executor): Promise<void> {
  const manager = await findUserByEmail(tx, 'manager@demo.digitale-kommune.de');
  const editor = await findUserByEmail(tx, 'redaktion@demo.digitale-kommune.de');
  for (const [projectId, records] of Object.entries(RECORDS)) {
    if (!(await findProject(tx, projectId))) continue;
    if ((await listMilestones(tx, projectId)).length > 0 || (await listPayments(tx, projectId)).length > 0) continue;
    for (const m of records.milestones) await insertMilestone(tx, { projectId, title: m.title, dueOn: m.due, reachedOn: m.reached });
    for (const p of records.payments) {
      await insertPayment(tx, {
        projectId,
        amountCents: Math.round(p.euros * 100),
        purpose: p.purpose,
        status: p.rejected ? 'rejected' : 'paid',
        note: p.rejected ?? null,
        requestedAt: morning(p.requested),
        requestedBy: projectId === DEMO_WORKSPACE ? (manager?.id ?? null) : null,
        approvedAt: p.approved ? morning(p.approved) : null,
        paidAt: p.paid ? morning(p.paid) : null,
        decidedBy: editor?.id ?? null,
      });
    }
  }
}
