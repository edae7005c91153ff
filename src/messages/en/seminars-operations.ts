import type { seminarsOperations as de } from '../de/seminars-operations.ts';

export const seminarsOperations: typeof de = {
  placeholder: '',
};
