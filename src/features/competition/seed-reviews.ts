import { findUserByEmail } from '../../platform/auth/user-repository.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { assignJurors, declareConflict, jurorAssignments, saveReview, type Recommendation } from '../review/service.ts';
import { processKey, reviewCriteria } from './jury/process.ts';
import { DEMO_APPLICATIONS } from './seed-applications.ts';
import { demoFormIds } from './seed-form.ts';

const DEMO_EDITOR = 'redaktion@demo.digitale-kommune.de';
const DEMO_JUROR = 'jury@demo.digitale-kommune.de';

interface DemoReview {
  application: string;
  /** by the demo form's criteria: score and a comment */
  scores: Partial<Record<keyof ReturnType<typeof demoFormIds>['criteria'], [number, string]>>;
  recommendation: Recommendation | null;
  comment: string;
  submit: boolean;
}

/**
 * The demo juror's work in the open call: a submitted review of Flensburg's open timetable
 * data and a draft of Kiel's bathing-water sensors, so that the jury's pages and the ranking
 * show something at once. Written for this demo.
 */
const REVIEWS: DemoReview[] = [
  {
    application: DEMO_APPLICATIONS.eligible,
    scores: {
      services: [4, 'Pendlerinnen und Pendler im Umland gewinnen spürbar, auch ohne Smartphone dank Telefonnummer an den Bänken.'],
      transfer: [5, 'Offene Daten nach GTFS und ein freier Standard: sehr gut übertragbar.'],
      feasibility: [4, 'Realistischer Zeitplan; die Stadtwerke liefern die Echtzeitdaten schon intern.'],
      participation: [3, 'Testrunden sind vorgesehen, die Seniorenbeiräte könnten früher beteiligt werden.'],
      sustainability: [4, 'Der Betrieb der Schnittstelle ist im Haushalt der Stadt eingeplant.'],
    },
    recommendation: 'yes',
    comment: 'Ein solides Vorhaben mit großem Nutzen für die Region und klarer Nachnutzung.',
    submit: true,
  },
  {
    application: DEMO_APPLICATIONS.eligibleKiel,
    scores: { services: [3, 'Nutzen vor allem für Badegäste im Sommer.'], transfer: [4, 'Die Bauanleitung hilft anderen Küstenorten.'] },
    recommendation: null,
    comment: '',
    submit: false,
  },
  {
    application: DEMO_APPLICATIONS.awarded,
    scores: {
      services: [5, 'Hilft genau denen, die digitale Anträge heute allein nicht schaffen.'],
      transfer: [4, 'Servicestelle und Schulungen lassen sich in jeder Mittelstadt übernehmen.'],
      feasibility: [4, 'Räume und Volkshochschule stehen bereit.'],
      participation: [5, 'Seniorenbeirat und Ehrenamt gestalten von Anfang an mit.'],
      sustainability: [3, 'Die Stelle der Koordination ist nach der Förderung noch nicht gesichert.'],
    },
    recommendation: 'yes',
    comment: 'Nah an den Menschen und gut übertragbar; die Verstetigung sollte eine Auflage sein.',
    submit: true,
  },
  {
    application: DEMO_APPLICATIONS.rejected,
    scores: {
      services: [3, 'Nützlich, aber vor allem für Gewerbetreibende.'],
      transfer: [2, 'Die Dienste entstehen ohnehin im Portal des Landes.'],
      feasibility: [4, 'Erfahrenes Team aus der ersten Runde.'],
      participation: [2, 'Beteiligung nur als Test am Ende.'],
      sustainability: [4, 'Betrieb über das Landesportal gesichert.'],
    },
    recommendation: 'no',
    comment: 'Eine Fortsetzung des geförderten Projekts, kein neues Vorhaben im Sinne des Aufrufs.',
    submit: true,
  },
];

/** Adds the demo juror's assignments and reviews once; a juror's later work is never overwritten. */
export async function seedDemoReviews(deps: AppDeps, callId: string): Promise<void> {
  const [editor, juror] = await Promise.all([findUserByEmail(deps.db, DEMO_EDITOR), findUserByEmail(deps.db, DEMO_JUROR)]);
  if (!editor || !juror || juror.siteRole !== 'juror') return;
  const key = processKey(callId);
  if ((await jurorAssignments(deps.db, juror.id, key)).length > 0) return;
  const criteria = await reviewCriteria(deps.db, callId);
  const ids = demoFormIds(callId).criteria;
  for (const demo of REVIEWS) {
    const assigned = await assignJurors(deps.db, { actor: editor, processKey: key, subjectIds: [demo.application], jurorIds: [juror.id] });
    if (assigned.kind !== 'assigned') continue;
    const assignment = (await jurorAssignments(deps.db, juror.id, key)).find((a) => a.subjectId === demo.application);
    if (!assignment) continue;
    await declareConflict(deps.db, { juror, assignmentId: assignment.id, conflict: false, note: '' });
    const scores = new Map(
      Object.entries(demo.scores).map(([criterion, [score, comment]]) => [ids[criterion as keyof typeof ids], { score, comment }] as const),
    );
    await saveReview(deps.db, {
      juror,
      assignmentId: assignment.id,
      criteria,
      input: { scores, recommendation: demo.recommendation, comment: demo.comment },
      submit: demo.submit,
      open: true,
    });
  }
}
