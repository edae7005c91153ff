import type { solutions as de } from '../de/solutions.ts';

/** The words every part of the solution library shares: its name, phases, sizes and states. */
export const solutions: typeof de = {
  nav: 'Solutions',
  title: 'Solutions to re-use',
  statuses: { draft: 'Draft', in_review: 'In review', published: 'Published', archived: 'Archived' },
  maturity: {
    idea: 'Idea/concept',
    prototype: 'Prototype',
    pilot: 'Pilot',
    operation: 'In regular operation',
    transferred: 'Transferred to others',
  },
  sizeBands: {
    'under-2000': 'under 2,000 inhabitants',
    '2000-10000': '2,000 to 10,000 inhabitants',
    '10000-50000': '10,000 to 50,000 inhabitants',
    '50000-100000': '50,000 to 100,000 inhabitants',
    'over-100000': 'over 100,000 inhabitants',
  },
  adoptionStatuses: {
    requested: 'Requested',
    declined: 'Declined',
    interested: 'Interested',
    implementing: 'Being implemented',
    operating: 'In operation',
    abandoned: 'Abandoned',
  },
};
