import { groupPath, threadPath } from '../core/paths.ts';

/** A group's discussions, a new one, and the actions on one post or report. */
export function discussionsPath(slug: string): string {
  return groupPath(slug, 'diskussionen');
}
export function newThreadPath(slug: string): string {
  return `${discussionsPath(slug)}/neu`;
}
export function postPath(slug: string, threadId: string, postId: string, action: 'bearbeiten' | 'hilfreich' | 'melden' | 'ausblenden' | 'einblenden'): string {
  return threadPath(slug, threadId, `beitraege/${postId}/${action}`);
}
/** The reply form, quoting a post: works without JavaScript. */
export function quotePath(slug: string, threadId: string, postId: string): string {
  return `${threadPath(slug, threadId)}?zitat=${postId}#antworten`;
}
export function reportsPath(slug: string): string {
  return groupPath(slug, 'meldungen');
}
export function reportPath(slug: string, reportId: string, action: 'erledigt' | 'ausblenden'): string {
  return `${reportsPath(slug)}/${reportId}/${action}`;
}
