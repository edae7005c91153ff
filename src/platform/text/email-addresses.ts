// Broad on purpose: an address that slips through ends up in a log or an old record, while
// a false match only hides a few characters of text nobody needs.
const LOCAL = '[\\p{L}\\p{N}.!#$%&*+/=?^_{|}~-]+';
const LABEL = '[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?';
const ADDRESS = new RegExp(`${LOCAL}@${LABEL}(?:\\.${LABEL})*`, 'gu');

/** What an address becomes in logs and stored error texts. */
export const REDACTED_ADDRESS = '[address]';

/** Replaces every e-mail address inside a text, e.g. with a pseudonym of it. */
export function replaceEmailAddresses(text: string, replacement: (address: string) => string): string {
  return text.replace(ADDRESS, (address) => replacement(address));
}

/** The text without any e-mail address, for what operators read (SMTP errors in logs and jobs). */
export function redactEmailAddresses(text: string): string {
  return replaceEmailAddresses(text, () => REDACTED_ADDRESS);
}
