/** Minutes a login may spend at the provider before its answer is no longer accepted. */
export const LOGIN_MINUTES = 10;
/**
 * Minutes a person has to confirm a link or agree to a new account; long enough to find the
 * password or open the mail, short enough that an abandoned answer does not linger.
 */
export const LINK_MINUTES = 30;
