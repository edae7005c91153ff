import type { Messages } from './de.ts';
import { common } from './en/common.ts';
import { pages } from './en/pages.ts';

export const en: Messages = {
  common,
  pages,
};
