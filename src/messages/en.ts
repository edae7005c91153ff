import type { Messages } from './de.ts';
import { common } from './en/common.ts';
import { pages } from './en/pages.ts';
import { accounts } from './en/accounts.ts';
import { design } from './en/design.ts';

export const en: Messages = {
  common,
  pages,
  accounts,
  design,
};
