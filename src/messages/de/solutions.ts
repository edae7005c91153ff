/** The words every part of the solution library shares: its name, phases, sizes and states. */
export const solutions = {
  nav: 'Lösungen',
  title: 'Lösungen zum Nachnutzen',
  statuses: { draft: 'Entwurf', in_review: 'In Prüfung', published: 'Veröffentlicht', archived: 'Archiviert' },
  maturity: {
    idea: 'Idee/Konzept',
    prototype: 'Prototyp',
    pilot: 'Pilot',
    operation: 'Regelbetrieb',
    transferred: 'An andere übertragen',
  },
  sizeBands: {
    'under-2000': 'unter 2.000 Einwohner',
    '2000-10000': '2.000 bis 10.000 Einwohner',
    '10000-50000': '10.000 bis 50.000 Einwohner',
    '50000-100000': '50.000 bis 100.000 Einwohner',
    'over-100000': 'über 100.000 Einwohner',
  },
  adoptionStatuses: {
    requested: 'Angefragt',
    declined: 'Abgelehnt',
    interested: 'Interessiert',
    implementing: 'In Umsetzung',
    operating: 'Im Betrieb',
    abandoned: 'Abgebrochen',
  },
};
