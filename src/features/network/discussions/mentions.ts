import { personPath } from '../core/paths.ts';

/*
 * Mentions are written `@[Vorname Nachname]`: brackets, so that names with spaces, umlauts or
 * hyphens need no guessing where they end. The names are matched against the group's active
 * members case-insensitively and exactly; rendering turns them into Markdown before the safe
 * renderer runs, so no HTML is ever built from what the author typed.
 */

const MENTION = /@\[([^\]\n]{1,120})\]/g;

/** A name as the matching compares it: trimmed, inner spaces collapsed, lower case. */
export function mentionKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('de');
}

/** The distinct names a text mentions, as written (the first spelling of each). */
export function mentionedNames(text: string): string[] {
  const byKey = new Map<string, string>();
  for (const match of text.matchAll(MENTION)) {
    const name = match[1]!.trim().replace(/\s+/g, ' ');
    const key = mentionKey(name);
    if (key !== '' && !byKey.has(key)) byKey.set(key, name);
  }
  return [...byKey.values()];
}

/** A person a post mentions, as the thread page shows them. */
export interface MentionedPerson {
  userId: string;
  displayName: string;
  /** in the directory: the mention links to the profile */
  listed: boolean;
}

// Every ASCII punctuation character may be backslash-escaped in Markdown (CommonMark 2.4).
function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!<>|~&"'$%,/:;=?@^]/g, '\\$&');
}

/**
 * The text with each mention of a recorded person written as bold Markdown, or as a link to
 * their profile when they are listed. Mentions of no recorded person stay as typed.
 */
export function markMentions(text: string, people: readonly MentionedPerson[]): string {
  if (people.length === 0) return text;
  const byKey = new Map(people.map((p) => [mentionKey(p.displayName), p]));
  return text.replace(MENTION, (whole, name: string) => {
    const person = byKey.get(mentionKey(name));
    if (!person) return whole;
    const label = escapeMarkdown(person.displayName);
    return person.listed ? `[**${label}**](${personPath(person.userId)})` : `**${label}**`;
  });
}
