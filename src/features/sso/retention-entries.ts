import { retentionEntry, type RetentionEntry } from '../../platform/retention/registry.ts';
import { LINK_MINUTES, LOGIN_MINUTES } from './lifetimes.ts';

/** Single sign-on's part of the retention overview: the sweep removes pending rows, personal-data.ts the identities. */
export const ssoRetention: RetentionEntry[] = [
  retentionEntry('ssoIdentities', (m) => m.period),
  retentionEntry('ssoPending', (m) => m.period(LOGIN_MINUTES, LINK_MINUTES)),
];
