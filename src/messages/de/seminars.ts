/** Seminar series: the words every part shares (core). Each part has its own file (seminars-*.ts). */
export const seminars = {
  nav: 'Seminarreihen',
  editorTitle: 'Seminarreihen',
  editorLead: 'Kurse aus mehreren Modulen über ein oder mehrere Jahre: Module, Termine, Materialien, Anmeldung, Anwesenheit und Rückmeldungen.',
  editorSections: {
    label: 'Bereiche der Seminarreihe',
    overview: 'Übersicht',
    settings: 'Angaben',
    participants: 'Teilnehmende',
  },
  status: { draft: 'Entwurf', published: 'Veröffentlicht' },
  modes: { series: 'Anmeldung für die ganze Reihe', module: 'Anmeldung je Modul' },
  period: (from: number, to: number) => (from === to ? String(from) : `${from} bis ${to}`),
  moduleNumber: (n: number) => `Modul ${n}`,
  pilot: 'Pilotmodul',
  held: 'Hat stattgefunden',
  online: 'Online',
  ineligible: {
    functionRequired: (fn: string) => `Diese Seminarreihe richtet sich nur an ${fn}. Bestätigen Sie bitte, dass Sie diese Funktion haben, und nennen Sie sie.`,
    organisationType: (types: string) =>
      `Anmelden können sich nur Mitglieder dieser Organisationen: ${types}. Melden Sie sich für eine solche Organisation an, der Sie angehören, oder treten Sie ihr auf der Plattform bei.`,
  },
};
