import crypto from 'node:crypto';
import type { Keyring } from '../crypto.ts';
import { replaceEmailAddresses } from '../text/email-addresses.ts';

/** The label of entries written by the platform itself; it names nobody. */
export const SYSTEM_ACTOR = 'system';

/**
 * Keys under which the features' audit records keep people's names (accounts, World Café
 * authors, programme speakers, event contacts). Addresses are found by their form anywhere.
 */
const PERSONAL_NAME_KEYS: ReadonlySet<string> = new Set(['displayName', 'authorName', 'firstName', 'lastName', 'speaker', 'contact']);

export interface AuditPersonalData {
  actorId: string | null;
  actorLabel: string;
  before: unknown;
  after: unknown;
}

/**
 * Replaces names and addresses with pseudonyms: an HMAC with a key of the installation, so
 * the same person gets the same pseudonym in every entry (what one person did stays
 * recognisable as one person's), but nobody without the key can tell who it was.
 */
export class AuditPseudonymiser {
  readonly #key: Buffer;

  constructor(keyring: Keyring) {
    this.#key = keyring.key('audit-pseudonym');
  }

  #pseudonym(identity: string): string {
    return `Pseudonym ${crypto.createHmac('sha256', this.#key).update(identity).digest('hex').slice(0, 8).toUpperCase()}`;
  }

  /** By account id where there is one, so an address change does not make a second person. */
  actorLabel(entry: Pick<AuditPersonalData, 'actorId' | 'actorLabel'>): string {
    if (entry.actorId) return this.#pseudonym(`account:${entry.actorId}`);
    if (entry.actorLabel === SYSTEM_ACTOR) return SYSTEM_ACTOR;
    return this.#pseudonym(`label:${entry.actorLabel.toLowerCase()}`);
  }

  value(value: unknown, key?: string): unknown {
    if (typeof value === 'string') {
      if (key !== undefined && PERSONAL_NAME_KEYS.has(key) && value.trim() !== '') return this.#pseudonym(`name:${value.trim()}`);
      return replaceEmailAddresses(value, (address) => this.#pseudonym(`address:${address.toLowerCase()}`));
    }
    if (Array.isArray(value)) return value.map((item) => this.value(item, key));
    if (value !== null && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, this.value(v, k)]));
    }
    return value;
  }

  entry(entry: AuditPersonalData): Omit<AuditPersonalData, 'actorId'> {
    return { actorLabel: this.actorLabel(entry), before: this.value(entry.before), after: this.value(entry.after) };
  }
}
