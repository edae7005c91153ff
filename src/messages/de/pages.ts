/** Start page and the four service pages (Impressum, Datenschutz, Barrierefreiheit, Kontakt). */
export const pages = {
  home: {
    title: 'Willkommen',
    lead: 'Die Plattform des Programms für digitale Kommunen: Veranstaltungen, Wissen, Förderung, Netzwerk und gute Lösungen an einem Ort.',
    stepsTitle: 'In drei Schritten zur digitalen Kommune',
    stepNumber: (n: number) => `Schritt ${n} von 3`,
    steps: [
      { title: 'Vernetzen', body: 'Lernen Sie andere Kommunen kennen und tauschen Sie Erfahrungen aus.' },
      { title: 'Strategisch planen', body: 'Entwickeln Sie mit Leitfäden und Werkzeugen Ihre digitale Strategie.' },
      { title: 'Ins Tun kommen', body: 'Setzen Sie Maßnahmen um und übernehmen Sie bewährte Lösungen.' },
    ],
    joinTitle: 'Mitmachen',
    joinBody: 'Mit einem Konto können Sie Ihrer Organisation beitreten und für sie handeln.',
  },
  edit: {
    listTitle: 'Service-Seiten',
    listLead: 'Impressum, Datenschutz, Barrierefreiheit und Kontakt sind über den Fußbereich jeder Seite erreichbar.',
    title: (page: string) => `Seite bearbeiten: ${page}`,
    titleDe: 'Titel (Deutsch)',
    titleEn: 'Titel (Englisch)',
    bodyDe: 'Text (Deutsch)',
    bodyEn: 'Text (Englisch)',
    bodyHint: 'Absätze durch eine Leerzeile trennen. Zeilen, die mit „## “ beginnen, werden Zwischenüberschriften.',
    saved: 'Die Seite wurde gespeichert.',
    lastChanged: 'Zuletzt geändert',
    edit: 'Bearbeiten',
    view: 'Ansehen',
    page: 'Seite',
  },
  defaults: {
    impressum: {
      title: 'Impressum',
      body: '## Herausgeber\n\nMinisterium für Digitalisierung (Musterangabe)\nMusterstraße 1\n24103 Kiel\n\n## Kontakt\n\nE-Mail: digitale-kommune@example.org\n\n## Verantwortlich für den Inhalt\n\nDiese Angaben sind Platzhalter der Installation und werden von der Verwaltung unter „Service-Seiten“ gepflegt.',
    },
    datenschutz: {
      title: 'Datenschutz',
      body: '## Grundsätze\n\nWir verarbeiten personenbezogene Daten nur, soweit es für den jeweiligen Zweck nötig ist. Es gibt keine Analyse- oder Werbewerkzeuge und keine Anfragen an Dritte.\n\n## Cookies\n\nOhne Anmeldung setzen wir kein Cookie. Nach der Anmeldung hält ein Sitzungs-Cookie Sie angemeldet. Wählen Sie eine Sprache, merken wir uns diese Wahl in einem Cookie.\n\n## Ihre Rechte\n\nUnter „Mein Konto“ können Sie alle Ihre Daten herunterladen und Ihr Konto löschen.',
    },
    barrierefreiheit: {
      title: 'Erklärung zur Barrierefreiheit',
      body: '## Stand der Vereinbarkeit\n\nDiese Plattform soll die Anforderungen der BITV 2.0 und der WCAG 2.1 auf Stufe AA erfüllen. Jede Seite wird automatisiert mit axe geprüft und funktioniert ohne JavaScript, mit Tastatur und bei 400 % Vergrößerung.\n\n## Barriere melden\n\nWenn Sie auf eine Barriere stoßen, schreiben Sie uns über die Kontaktseite.\n\n## Schlichtungsverfahren\n\nWenn Sie keine zufriedenstellende Antwort erhalten, können Sie sich an die Schlichtungsstelle Ihres Landes wenden.',
    },
    kontakt: {
      title: 'Kontakt',
      body: '## Programmbüro\n\nSchreiben Sie uns an digitale-kommune@example.org. Wir antworten in der Regel innerhalb von zwei Arbeitstagen.',
    },
  },
};
