import type { Executor } from '../../platform/db/client.ts';
import {
  findFormSection,
  insertCriterion,
  insertFormSection,
  insertQuestion,
  listCriteria,
  listFormSections,
  type CriterionValues,
  type QuestionValues,
} from './core/form-repository.ts';

/*
 * The demo's application form and evaluation criteria, in the programme's words (seeds 000–002):
 * the three steps of the action plan (vernetzen – strategisch planen – ins Tun kommen), the
 * digitalisation of public services (Daseinsvorsorge), smart villages ("Clever Dörp"), and good
 * ideas that other municipalities may copy and adopt.
 */

const SECTION_KEYS = ['situation', 'approach', 'transfer', 'participation'] as const;
const QUESTION_KEYS = ['challenge', 'step', 'strategy', 'plan', 'milestone', 'risks', 'reuse', 'licence', 'involvement', 'operation', 'network'] as const;
const CRITERION_KEYS = ['services', 'transfer', 'feasibility', 'participation', 'sustainability'] as const;

type SectionKey = (typeof SECTION_KEYS)[number];
type QuestionKey = (typeof QUESTION_KEYS)[number];
type CriterionKey = (typeof CRITERION_KEYS)[number];

export interface DemoFormIds {
  sections: Record<SectionKey, string>;
  questions: Record<QuestionKey, string>;
  criteria: Record<CriterionKey, string>;
}

/**
 * Fixed ids of a demo call's form, so that it has stable addresses and is added only once: the
 * last group of the id is the call's round (the last four digits of its id) and a number,
 * e.g. 7c0af000-0000-4000-8000-202700000001 for the first section of the 2027 call.
 */
export function demoFormIds(callId: string): DemoFormIds {
  const round = callId.slice(-4);
  const id = (n: number) => `7c0af000-0000-4000-8000-${round}${String(n).padStart(8, '0')}`;
  const numbered = <K extends string>(keys: readonly K[], first: number) => Object.fromEntries(keys.map((key, i) => [key, id(first + i)])) as Record<K, string>;
  return { sections: numbered(SECTION_KEYS, 1), questions: numbered(QUESTION_KEYS, 11), criteria: numbered(CRITERION_KEYS, 51) };
}

/** The ids of the open 2027 call's form (DEMO_CALLS.round2027), for tests and the browser checks. */
export const DEMO_FORM: DemoFormIds = demoFormIds('7c0a1e00-0000-4000-8000-000000002027');

interface DemoSection {
  key: SectionKey;
  title: string;
  intro: string;
  questions: (QuestionValues & { key: QuestionKey })[];
}

const question = (key: QuestionKey, values: Partial<QuestionValues> & Pick<QuestionValues, 'kind' | 'label'>) => ({
  key,
  help: '',
  required: true,
  maxLength: null,
  options: [],
  ...values,
});

const SECTIONS: DemoSection[] = [
  {
    key: 'situation',
    title: 'Ausgangslage und Ziele',
    intro:
      'Wo steht Ihre Kommune bei der Digitalisierung, und was soll das Vorhaben für die Menschen vor Ort verbessern? Die Jury achtet darauf, dass der Nutzen für die Bürgerinnen und Bürger im Mittelpunkt steht – das Glasfaserkabel im Ort allein reicht nicht.',
    questions: [
      question('challenge', {
        kind: 'longText',
        label: 'Welche Aufgabe der Daseinsvorsorge wollen Sie mit dem Vorhaben lösen?',
        help: 'Beschreiben Sie die Lage vor Ort: wen die Aufgabe betrifft, was heute fehlt und warum eine digitale Lösung hilft, zum Beispiel bei Mobilität, Gesundheit oder Nahversorgung im ländlichen Raum.',
        maxLength: 4000,
      }),
      question('step', {
        kind: 'choice',
        label: 'Auf welchen Schritt des Aktionsplans richtet sich das Vorhaben vor allem?',
        help: 'Wählen Sie den Schritt, um den es im Förderzeitraum hauptsächlich geht.',
        options: [
          'Vernetzen: mit anderen Kommunen in einem funktionalen Raum zusammenarbeiten',
          'Strategisch planen: eine digitale Strategie für den lokalen oder regionalen Bedarf erarbeiten',
          'Ins Tun kommen: eine digitale Anwendung umsetzen, deren Vorteile die Menschen vor Ort erleben',
        ],
      }),
      question('strategy', {
        kind: 'yesNo',
        label: 'Hat Ihre Kommune eine digitale Strategie beschlossen?',
        help: 'Gemeint ist ein Beschluss der Gemeindevertretung, der Stadtvertretung, des Amtsausschusses oder des Kreistags.',
      }),
    ],
  },
  {
    key: 'approach',
    title: 'Vorgehen und Zeitplan',
    intro: 'Wie Sie das Vorhaben im Förderzeitraum umsetzen: die Arbeitsschritte, wer sie übernimmt und woran man sieht, dass sie geschafft sind.',
    questions: [
      question('plan', {
        kind: 'longText',
        label: 'Wie gehen Sie vor?',
        help: 'Nennen Sie die wichtigsten Arbeitsschritte mit ihrem Zeitraum, wer sie übernimmt (Verwaltung, Partner, Dienstleister) und was am Ende jedes Schritts vorliegt.',
        maxLength: 6000,
      }),
      question('milestone', {
        kind: 'text',
        label: 'Was ist nach dem ersten Förderjahr erreicht?',
        help: 'Ein Satz, zum Beispiel „Die Mitfahr-App ist in drei Gemeinden des Amtes im Probebetrieb“.',
      }),
      question('risks', {
        kind: 'longText',
        label: 'Welche Risiken sehen Sie, und wie begegnen Sie ihnen?',
        help: 'Zum Beispiel Verzögerungen bei einer Ausschreibung oder fehlende Ansprechpersonen in der Verwaltung.',
        required: false,
        maxLength: 2000,
      }),
    ],
  },
  {
    key: 'transfer',
    title: 'Übertragbarkeit und Nachnutzung',
    intro:
      'Gute Ideen und Konzepte aus anderen Kommunen dürfen kopiert und übernommen werden. Beschreiben Sie, was andere Kommunen von Ihrem Vorhaben nutzen können und wie Sie Ihre Erfahrungen im Netzwerk Digitale Kommune teilen.',
    questions: [
      question('reuse', {
        kind: 'longText',
        label: 'Was können andere Kommunen von Ihrem Vorhaben übernehmen?',
        help: 'Zum Beispiel Software, Konzepte, Vorlagen für Ausschreibungen oder Beschlüsse, Schulungsunterlagen – und was eine andere Kommune braucht, um es bei sich einzusetzen.',
        maxLength: 4000,
      }),
      question('licence', {
        kind: 'choice',
        label: 'Wie stellen Sie die Ergebnisse zur Nachnutzung bereit?',
        options: [
          'Als offene Software oder offene Daten unter einer freien Lizenz',
          'Auf Anfrage für andere Kommunen, ohne Kosten',
          'Das ist noch nicht entschieden',
        ],
      }),
    ],
  },
  {
    key: 'participation',
    title: 'Beteiligung und Nachhaltigkeit',
    intro: 'Wen Sie einbeziehen, damit das Vorhaben zum Bedarf vor Ort passt, und wie es nach dem Ende der Förderung weitergeht.',
    questions: [
      question('involvement', {
        kind: 'longText',
        label: 'Wie beziehen Sie Bürgerinnen und Bürger und weitere Akteure ein?',
        help: 'Zum Beispiel Workshops, Umfragen oder ein Beirat; nennen Sie auch Träger der Daseinsvorsorge, Vereine, Unternehmen oder Hochschulen, die mitwirken.',
        maxLength: 3000,
      }),
      question('operation', {
        kind: 'yesNo',
        label: 'Ist der Betrieb nach dem Ende der Förderung gesichert?',
        help: 'Zum Beispiel durch Mittel im Haushalt, eine Vereinbarung mit Partnern oder die Übernahme durch einen Zweckverband.',
      }),
      question('network', {
        kind: 'text',
        label: 'Mit welchen Kommunen des Netzwerks möchten Sie sich besonders austauschen?',
        help: 'Etwa Modellkommunen der ersten Runde, die an einem ähnlichen Thema arbeiten.',
        required: false,
      }),
    ],
  },
];

const CRITERIA: (CriterionValues & { key: CriterionKey })[] = [
  {
    key: 'services',
    title: 'Beitrag zur Daseinsvorsorge',
    description: 'Wie deutlich das Vorhaben eine Aufgabe der Daseinsvorsorge verbessert und wie viele Menschen vor Ort davon etwas haben.',
    weight: 30,
  },
  {
    key: 'transfer',
    title: 'Übertragbarkeit und Nachnutzung',
    description: 'Wie leicht andere Kommunen die Ergebnisse übernehmen können, und wie offen sie bereitgestellt werden.',
    weight: 25,
  },
  {
    key: 'feasibility',
    title: 'Umsetzbarkeit',
    description: 'Ob Vorgehen, Zeitplan und Finanzierungsplan schlüssig sind und das Vorhaben im Förderzeitraum zu schaffen ist.',
    weight: 20,
  },
  {
    key: 'participation',
    title: 'Beteiligung',
    description: 'Wie Bürgerinnen und Bürger, Träger der Daseinsvorsorge und weitere Akteure einbezogen werden.',
    weight: 15,
  },
  {
    key: 'sustainability',
    title: 'Nachhaltigkeit',
    description: 'Ob das Angebot nach dem Ende der Förderung weiter betrieben werden kann.',
    weight: 10,
  },
];

/**
 * Adds the demo form and criteria to a call, once: nothing when its first section is there,
 * and nothing where the editors have built a form or criteria of their own already.
 */
export async function seedCallForm(tx: Executor, callId: string): Promise<void> {
  const ids = demoFormIds(callId);
  if (await findFormSection(tx, ids.sections.situation)) return;
  if ((await listFormSections(tx, callId)).length === 0) {
    for (const [s, section] of SECTIONS.entries()) {
      await insertFormSection(tx, { id: ids.sections[section.key], callId, position: s + 1, title: section.title, intro: section.intro });
      for (const [q, { key, ...values }] of section.questions.entries()) {
        await insertQuestion(tx, { id: ids.questions[key], sectionId: ids.sections[section.key], position: q + 1, ...values });
      }
    }
  }
  if ((await listCriteria(tx, callId)).length === 0) {
    for (const [c, { key, ...values }] of CRITERIA.entries()) {
      await insertCriterion(tx, { id: ids.criteria[key], callId, position: c + 1, ...values });
    }
  }
}
