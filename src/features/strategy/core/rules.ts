/*
 * Who may do what with an organisation's strategy: its managers write it, its members read the
 * workbench and comment, everyone else sees nothing of it until it is published, and then only
 * its public page.
 */

export type StrategyAccess = 'manager' | 'member' | 'none';

export function canReadWorkbench(access: StrategyAccess): boolean {
  return access !== 'none';
}

export function canEditStrategy(access: StrategyAccess): boolean {
  return access === 'manager';
}

export function canComment(access: StrategyAccess): boolean {
  return access !== 'none';
}

/** The peer comparison shows an average only when at least this many similar municipalities answered, never one alone. */
export const PEER_THRESHOLD = 5;
