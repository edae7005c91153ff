import type { seminars as de } from '../de/seminars.ts';

export const seminars: typeof de = {
  nav: 'Seminar series',
  editorTitle: 'Seminar series',
  editorLead: 'Courses of several modules over one or more years: modules, dates, materials, registration, attendance and feedback.',
  editorSections: {
    label: 'Parts of the seminar series',
    overview: 'Overview',
    settings: 'Details',
    participants: 'Participants',
  },
  status: { draft: 'Draft', published: 'Published' },
  modes: { series: 'Registration for the whole series', module: 'Registration per module' },
  period: (from: number, to: number) => (from === to ? String(from) : `${from} to ${to}`),
  moduleNumber: (n: number) => `Module ${n}`,
  pilot: 'Pilot module',
  held: 'Has taken place',
  online: 'Online',
  ineligible: {
    functionRequired: (fn: string) => `This seminar series is only for ${fn}. Please confirm that you hold this function and name it.`,
    organisationType: (types: string) =>
      `Only members of these organisations can register: ${types}. Register for such an organisation you belong to, or join it on the platform.`,
  },
};
