import type { seminarsRegistration as de } from '../de/seminars-registration.ts';

export const seminarsRegistration: typeof de = {
  placeholder: '',
};
