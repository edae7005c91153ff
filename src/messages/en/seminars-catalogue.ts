import type { seminarsCatalogue as de } from '../de/seminars-catalogue.ts';

export const seminarsCatalogue: typeof de = {
  placeholder: '',
};
