import type { SiteRole } from '../db/tables.ts';

/** The signed-in person as every route sees it. */
export interface CurrentUser {
  id: string;
  email: string;
  displayName: string;
  siteRole: SiteRole;
  /** hash of the session id, to bind CSRF tokens and to end this session */
  sessionIdHash: string;
}
