import type { seminarsEditor as de } from '../de/seminars-editor.ts';

export const seminarsEditor: typeof de = {
  placeholder: '',
};
