/** The addresses of the network, in one place so that links and routes agree. */
export const NETWORK_PATH = '/netzwerk';

/** What a group's address may be made of; anything else is answered 404 without a query. */
export const SLUG = /^[a-z0-9][a-z0-9-]{0,79}$/;

/** The directory of people who opted in, and one person's profile. */
export const PEOPLE_PATH = `${NETWORK_PATH}/personen`;
export function personPath(userId: string): string {
  return `${PEOPLE_PATH}/${userId}`;
}
/** A person's own network profile: opting in, sector, expertise, picture. */
export const MY_PROFILE_PATH = `${NETWORK_PATH}/mein-profil`;

/** Groups: the list, a new one, and each group's pages below its slug. */
export const GROUPS_PATH = `${NETWORK_PATH}/gruppen`;
export const NEW_GROUP_PATH = `${GROUPS_PATH}/neu`;
/** Addresses below /netzwerk/gruppen that are pages of their own, never a group's slug. */
export const RESERVED_GROUP_SLUGS: ReadonlySet<string> = new Set(['neu']);

export function groupPath(slug: string, page?: string): string {
  return page ? `${GROUPS_PATH}/${slug}/${page}` : `${GROUPS_PATH}/${slug}`;
}

/** A discussion of a group, and a post within it (an anchor on the thread's page). */
export function threadPath(groupSlug: string, threadId: string, page?: string): string {
  return page ? `${groupPath(groupSlug, 'diskussionen')}/${threadId}/${page}` : `${groupPath(groupSlug, 'diskussionen')}/${threadId}`;
}
export function postAnchor(postId: string): string {
  return `beitrag-${postId}`;
}

/** The person's notifications, their settings per group, and the signed unsubscribe link of every e-mail. */
export const NOTIFICATIONS_PATH = `${NETWORK_PATH}/benachrichtigungen`;
export const NOTIFICATION_SETTINGS_PATH = `${NOTIFICATIONS_PATH}/einstellungen`;
export const UNSUBSCRIBE_PATH = `${NETWORK_PATH}/abbestellen`;
export function unsubscribePath(token: string): string {
  return `${UNSUBSCRIBE_PATH}/${token}`;
}
