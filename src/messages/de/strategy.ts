/** The words every part of the strategy workbench shares: its name, the steps and the states. */
export const strategy = {
  nav: 'Digitalstrategie',
  stepsLabel: 'Schritte der Strategie',
  steps: {
    assessment: 'Reifegrad',
    vision: 'Vision und Ziele',
    fields: 'Handlungsfelder',
    measures: 'Maßnahmen',
    participation: 'Akteure und Beteiligung',
    publish: 'Prüfen und veröffentlichen',
  },
  workbench: {
    title: (organisation: string) => `Digitalstrategie ${organisation}`,
  },
  statuses: { draft: 'Entwurf', published: 'Veröffentlicht' },
  measureStatuses: {
    planned: 'Geplant',
    on_track: 'Im Plan',
    at_risk: 'Gefährdet',
    delayed: 'Verzögert',
    done: 'Abgeschlossen',
  },
  priorities: { high: 'Hoch', medium: 'Mittel', low: 'Niedrig' },
  fundingSources: { own: 'Eigene Mittel', grant: 'Fördermittel', other: 'Andere Finanzierung' },
};
