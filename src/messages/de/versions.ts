/** The versions engine: the history of a record's texts and the comparison of two versions. */
export const versions = {
  label: (n: number) => `Version ${n}`,
  columns: { number: 'Version', savedAt: 'Gespeichert', actions: 'Aktionen' },
  compare: 'Mit aktueller Version vergleichen',
  compareTitle: (from: number, to: number) => `Version ${from} und ${to} im Vergleich`,
  restore: 'Diese Version wiederherstellen',
  added: 'Hinzugefügt:',
  removed: 'Entfernt:',
  noChanges: 'Keine Unterschiede.',
};
