import { arsAgreesWithAgs, arsAgreesWithAmtsschluessel, isAgs, isAmtsschluessel, isArs, isKreisAgs } from './municipal-keys.ts';
import type { OrganisationType } from './tables.ts';

type KeyRule = 'required' | 'optional' | 'forbidden';
type KeyField = 'ags' | 'amtsschluessel' | 'ars';
const KEY_FIELDS: readonly KeyField[] = ['ags', 'amtsschluessel', 'ars'];
type KeyRules = { ags: KeyRule; amtsschluessel: KeyRule; ars: Exclude<KeyRule, 'required'> };

const PUBLIC_BODY: KeyRules = { ags: 'optional', amtsschluessel: 'forbidden', ars: 'optional' };
const MUNICIPALITY: KeyRules = { ...PUBLIC_BODY, ags: 'required' };
const NO_KEYS: KeyRules = { ags: 'forbidden', amtsschluessel: 'forbidden', ars: 'forbidden' };

/**
 * Which official keys (municipal-keys.ts) each type gives. An Amt is a Gemeindeverband: it has
 * no AGS of its own, only the Amtsschlüssel. A Kreis gives the AGS of the form Kreis key + 000.
 * An ARS names one body, so organisations that are no public body do not borrow the ARS of
 * the municipality they are in.
 */
const KEY_RULES: Record<OrganisationType, KeyRules> = {
  gemeinde: MUNICIPALITY,
  stadt: MUNICIPALITY,
  kreis: MUNICIPALITY,
  amt: { ags: 'forbidden', amtsschluessel: 'required', ars: 'optional' },
  region: PUBLIC_BODY,
  land: PUBLIC_BODY,
  unternehmen: NO_KEYS,
  wissenschaft: NO_KEYS,
  daseinsvorsorge: NO_KEYS,
  zivilgesellschaft: NO_KEYS,
};

type KeyValues = { type: OrganisationType } & { [field in KeyField]?: string | undefined };
type KeyIssue = { field: KeyField; message: string };

const NOT_ALLOWED: Record<KeyField, string> = {
  ags: 'organisations.validation.agsNotAllowed',
  amtsschluessel: 'organisations.validation.amtsschluesselNotAllowed',
  ars: 'organisations.validation.arsNotAllowed',
};

/**
 * KEY_RULES, the form of a Kreis's AGS, and the agreement of the ARS with the other key.
 * A malformed key has its field's own message already and is not compared.
 */
export function keyIssues(value: KeyValues): KeyIssue[] {
  const rules = KEY_RULES[value.type];
  const issues: KeyIssue[] = [];
  if (rules.ags === 'required' && !value.ags) issues.push({ field: 'ags', message: 'organisations.validation.agsRequired' });
  if (rules.amtsschluessel === 'required' && !value.amtsschluessel) {
    issues.push({ field: 'amtsschluessel', message: 'organisations.validation.amtsschluesselRequired' });
  }
  for (const field of KEY_FIELDS) {
    if (rules[field] !== 'forbidden' || !value[field]) continue;
    issues.push({ field, message: field === 'ags' && value.type === 'amt' ? 'organisations.validation.agsNotForAmt' : NOT_ALLOWED[field] });
  }
  const usable = (field: KeyField, isKey: (v: string) => boolean) => {
    const key = value[field];
    return rules[field] !== 'forbidden' && key && isKey(key) ? key : undefined;
  };
  const ags = usable('ags', isAgs);
  const amtsschluessel = usable('amtsschluessel', isAmtsschluessel);
  const ars = usable('ars', isArs);
  if (value.type === 'kreis' && ags && !isKreisAgs(ags)) issues.push({ field: 'ags', message: 'organisations.validation.agsOfKreis' });
  if (ars && ags && !arsAgreesWithAgs(ars, ags)) issues.push({ field: 'ars', message: 'organisations.validation.arsDisagreesWithAgs' });
  if (ars && amtsschluessel && !arsAgreesWithAmtsschluessel(ars, amtsschluessel)) {
    issues.push({ field: 'ars', message: 'organisations.validation.arsDisagreesWithAmtsschluessel' });
  }
  // The error summary lists the problems in the order of the fields.
  return issues.sort((x, y) => KEY_FIELDS.indexOf(x.field) - KEY_FIELDS.indexOf(y.field));
}
