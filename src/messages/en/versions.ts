import type { versions as de } from '../de/versions.ts';

export const versions: typeof de = {
  label: (n: number) => `Version ${n}`,
  columns: { number: 'Version', savedAt: 'Saved', actions: 'Actions' },
  compare: 'Compare with the current version',
  compareTitle: (from: number, to: number) => `Version ${from} and ${to} compared`,
  restore: 'Restore this version',
  added: 'Added:',
  removed: 'Removed:',
  noChanges: 'No differences.',
};
