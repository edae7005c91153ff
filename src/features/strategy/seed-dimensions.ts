/**
 * The maturity check's demo dimensions, after the guide for municipal digital strategies and
 * the seminar series (seeds 002 and 004): each question has four levels, lowest first, and a
 * help text that says how to tell them apart. The knowledge tags are tags of the demo
 * knowledge items (knowledge/seed-guides.ts, seed.ts), so that a weak dimension leads to them.
 */
export interface DemoQuestion {
  text: string;
  help: string;
  levels: [string, string, string, string];
}

export interface DemoDimension {
  slug: string;
  name: string;
  description: string;
  knowledgeTags: string[];
  questions: DemoQuestion[];
}

export const DEMO_DIMENSIONS: DemoDimension[] = [
  {
    slug: 'ziele-strukturen',
    name: 'Ziele & Strukturen',
    description: 'Ob die Kommune weiß, wohin sie mit der Digitalisierung will, und wer sich darum kümmert.',
    knowledgeTags: ['Strategie', 'Ratsbeschluss', 'Vorlage'],
    questions: [
      {
        text: 'Gibt es schriftlich festgehaltene Ziele für die Digitalisierung der Kommune?',
        help: 'Gemeint sind Ziele, die über einzelne Projekte hinausgehen, etwa „Alle häufigen Anträge sind bis 2027 online möglich“. Ein Ratsbeschluss zählt als Verankerung.',
        levels: [
          'Es gibt keine Ziele für die Digitalisierung.',
          'Einzelne Ziele werden genannt, sind aber nirgends festgehalten.',
          'Die Ziele sind schriftlich festgehalten, aber nicht beschlossen.',
          'Die Ziele sind vom Rat beschlossen und werden regelmäßig überprüft.',
        ],
      },
      {
        text: 'Ist festgelegt, wer in Verwaltung und Politik für die Digitalisierung verantwortlich ist?',
        help: 'Das kann eine Digitalisierungsbeauftragte, ein Ausschuss oder eine Steuerungsgruppe sein. Wichtig ist, dass Aufgaben und Zeit dafür benannt sind.',
        levels: [
          'Niemand ist ausdrücklich zuständig.',
          'Eine Person kümmert sich nebenbei darum.',
          'Es gibt eine benannte Zuständigkeit mit festen Aufgaben.',
          'Eine Steuerungsgruppe aus Verwaltung und Politik trifft sich regelmäßig und berichtet dem Rat.',
        ],
      },
      {
        text: 'Werden Digitalisierungsvorhaben nach gemeinsamen Kriterien ausgewählt und priorisiert?',
        help: 'Kriterien sind zum Beispiel der Nutzen für Bürgerinnen und Bürger, der Aufwand, die Förderfähigkeit oder ob es schon eine Lösung zum Nachnutzen gibt.',
        levels: [
          'Vorhaben entstehen, wenn sich eine Gelegenheit ergibt.',
          'Über Vorhaben wird im Einzelfall entschieden.',
          'Es gibt Kriterien, die meistens angewandt werden.',
          'Alle Vorhaben stehen in einer priorisierten Liste, die jährlich fortgeschrieben wird.',
        ],
      },
    ],
  },
  {
    slug: 'transparenz-beteiligung',
    name: 'Transparenz & Beteiligung',
    description: 'Wie offen die Kommune informiert und wie sie Bürgerinnen, Bürger und Vereine einbezieht.',
    knowledgeTags: ['Beteiligung', 'Online-Befragung', 'Open Data'],
    questions: [
      {
        text: 'Können Bürgerinnen und Bürger Ratsunterlagen und Beschlüsse online einsehen?',
        help: 'Ein Ratsinformationssystem oder eine gepflegte Seite auf der Website zählt, wenn Sitzungen, Vorlagen und Beschlüsse vollständig und zeitnah zu finden sind.',
        levels: [
          'Nein, nur im Aushang oder auf Nachfrage.',
          'Termine und Tagesordnungen stehen online.',
          'Vorlagen und Beschlüsse stehen vollständig online.',
          'Alles steht online, ist durchsuchbar und kann abonniert werden.',
        ],
      },
      {
        text: 'Werden Bürgerinnen und Bürger an Vorhaben der Digitalisierung beteiligt?',
        help: 'Beteiligung reicht von einer Umfrage über Workshops bis zu Formaten, in denen Bürgerinnen und Bürger mitentscheiden. Digitale und analoge Formate zählen gleich.',
        levels: [
          'Nein.',
          'Sie werden über fertige Vorhaben informiert.',
          'Sie werden bei einzelnen Vorhaben vorher gefragt.',
          'Beteiligung gehört fest zu jedem größeren Vorhaben, die Ergebnisse werden veröffentlicht.',
        ],
      },
      {
        text: 'Veröffentlicht die Kommune Daten, die andere weiterverwenden dürfen?',
        help: 'Offene Daten sind zum Beispiel Haushaltszahlen, Standorte von Spielplätzen oder Messwerte, maschinenlesbar und unter einer offenen Lizenz.',
        levels: [
          'Nein.',
          'Einzelne Daten stehen als PDF auf der Website.',
          'Einige Datensätze stehen maschinenlesbar unter offener Lizenz bereit.',
          'Die Kommune veröffentlicht regelmäßig offene Daten, etwa über das Open-Data-Portal des Landes.',
        ],
      },
    ],
  },
  {
    slug: 'infrastruktur-daten-dienste',
    name: 'Infrastruktur, Daten & Dienste',
    description: 'Netz, Technik und die Dienste, die Bürgerinnen, Bürger und Unternehmen online nutzen können.',
    knowledgeTags: ['Online-Dienste', 'OZG', 'Daten', 'IT-Sicherheit'],
    questions: [
      {
        text: 'Wie viele häufig genutzte Verwaltungsleistungen lassen sich vollständig online erledigen?',
        help: 'Häufig genutzt sind etwa Meldebescheinigung, Gewerbeanmeldung, Hundesteuer oder Terminbuchung. „Vollständig“ heißt: ohne Papier und ohne Gang ins Amt.',
        levels: [
          'Keine; online gibt es höchstens Formulare zum Ausdrucken.',
          'Einige wenige.',
          'Etwa die Hälfte.',
          'Fast alle, und die Anträge kommen ohne Medienbruch in der Fachanwendung an.',
        ],
      },
      {
        text: 'Wie ist die Versorgung mit schnellem Internet in der Kommune?',
        help: 'Gemeint sind Haushalte, Betriebe, Schulen und öffentliche Gebäude. Der Breitbandatlas des Bundes gibt einen ersten Überblick.',
        levels: [
          'Große Teile sind unterversorgt, ein Ausbau ist nicht geplant.',
          'Der Ausbau ist geplant oder hat begonnen.',
          'Die meisten Haushalte und alle öffentlichen Gebäude sind angeschlossen.',
          'Glasfaser liegt fast überall, öffentliche Orte haben freies WLAN.',
        ],
      },
      {
        text: 'Ist die Informationssicherheit der Verwaltung geregelt?',
        help: 'Dazu gehören eine verantwortliche Person, Regeln für Passwörter und Sicherungen, ein Notfallplan und geschulte Beschäftigte.',
        levels: [
          'Es gibt keine Regeln.',
          'Einzelne Maßnahmen, etwa Datensicherungen, sind eingerichtet.',
          'Es gibt eine Sicherheitsleitlinie und eine verantwortliche Person.',
          'Die Sicherheit wird nach einem Standard geprüft, ein Notfallplan wird geübt.',
        ],
      },
    ],
  },
  {
    slug: 'ressourcen-kompetenzen-kooperation',
    name: 'Ressourcen, Kompetenzen & Kooperation',
    description: 'Geld, Wissen und Partner: womit die Kommune ihre Vorhaben umsetzen kann.',
    knowledgeTags: ['Förderung', 'Finanzierung', 'Netzwerk', 'Ehrenamt'],
    questions: [
      {
        text: 'Sind im Haushalt Mittel für die Digitalisierung eingeplant?',
        help: 'Zählen Sie eigene Haushaltsmittel und eingeworbene Fördermittel. Ein eigener Haushaltsansatz zeigt, dass die Digitalisierung auf Dauer gewollt ist.',
        levels: [
          'Nein, Ausgaben werden im Einzelfall bestritten.',
          'Es gibt Mittel für einzelne Projekte.',
          'Es gibt einen festen Ansatz, Fördermittel werden gezielt beantragt.',
          'Ein mehrjähriger Plan verbindet eigene Mittel und Förderung.',
        ],
      },
      {
        text: 'Werden die Beschäftigten für digitale Arbeitsweisen qualifiziert?',
        help: 'Fortbildungen, Austausch in Netzwerken und Zeit zum Ausprobieren zählen. Wichtig ist, dass alle Beschäftigten erreicht werden, nicht nur die IT.',
        levels: [
          'Nein.',
          'Auf eigenen Wunsch einzelner Beschäftigter.',
          'Es gibt einen Fortbildungsplan für die Digitalisierung.',
          'Alle Beschäftigten werden regelmäßig qualifiziert, Digitallotsen unterstützen im Alltag.',
        ],
      },
      {
        text: 'Arbeitet die Kommune bei der Digitalisierung mit anderen zusammen?',
        help: 'Partner können Nachbarkommunen, das Amt, der Kreis, Zweckverbände, Vereine, Unternehmen oder Hochschulen sein. Nachnutzen ist auch eine Zusammenarbeit.',
        levels: [
          'Nein.',
          'Es gibt gelegentlichen Austausch.',
          'Einzelne Vorhaben werden gemeinsam umgesetzt oder nachgenutzt.',
          'Die Kommune arbeitet dauerhaft in Netzwerken und teilt ihre Lösungen.',
        ],
      },
    ],
  },
];
