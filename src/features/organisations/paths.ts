/** The public list of organisations. */
export const LIST_PATH = '/netzwerk/organisationen';

/** Address of an organisation's public profile. */
export const organisationPath = (slug: string) => `${LIST_PATH}/${slug}`;

/** The organisation's member page: requests, members, invitations; the join-request e-mail links here. */
export const membersPath = (slug: string) => `${organisationPath(slug)}/mitglieder`;

/** The signed-in person's invitations; the invitation e-mail links here. */
export const INVITATIONS_PATH = '/konto/einladungen';
