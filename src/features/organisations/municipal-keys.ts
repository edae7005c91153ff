/**
 * The official keys of German municipalities and what follows from them. Their parts, in
 * digits: Land 2, Regierungsbezirk 1, Kreis 2 (together the 5-digit Kreis key),
 * Gemeindeverband 4 (in Schleswig-Holstein the Amt), Gemeinde 3.
 *
 *   AGS (Amtlicher Gemeindeschlüssel), 8  = Kreis key + Gemeinde
 *   Amtsschlüssel, 9                      = Kreis key + Gemeindeverband
 *   ARS (Amtlicher Regionalschlüssel), 12 = Kreis key + Gemeindeverband + Gemeinde
 *
 * Only the ARS names the Amt of a municipality; the AGS skips exactly those four digits.
 */

const AGS = /^[0-9]{8}$/;
const AMTSSCHLUESSEL = /^[0-9]{9}$/;
const ARS = /^[0-9]{12}$/;

/** Official lists print keys in groups ("01 0 59 0083 083"); the key itself has no blanks. */
export function compactKey(raw: string): string {
  return raw.replace(/\s+/g, '');
}

export function isAgs(value: string): boolean {
  return AGS.test(value);
}

export function isAmtsschluessel(value: string): boolean {
  return AMTSSCHLUESSEL.test(value);
}

export function isArs(value: string): boolean {
  return ARS.test(value);
}

/** The Kreis key at the start of an AGS, Amtsschlüssel or ARS; undefined for anything else. */
export function kreisKeyOf(key: string): string | undefined {
  return isAgs(key) || isAmtsschluessel(key) || isArs(key) ? key.slice(0, 5) : undefined;
}

/**
 * The 9-digit key of the Gemeindeverband that an ARS names. "0000" names none (kreisfreie
 * Städte); an amtsfreie Gemeinde's ARS names a key that no Amt has, which the lookup by key
 * then does not find.
 */
export function amtKeyOfArs(ars: string): string | undefined {
  return isArs(ars) && ars.slice(5, 9) !== '0000' ? ars.slice(0, 9) : undefined;
}

/** The AGS within an ARS: its digits 1–5 and 10–12. */
export function agsOfArs(ars: string): string | undefined {
  return isArs(ars) ? ars.slice(0, 5) + ars.slice(9) : undefined;
}

/** The ARS of an Amt: its Amtsschlüssel, then "000" for "no single Gemeinde". */
export function arsOfAmt(amtsschluessel: string): string | undefined {
  return isAmtsschluessel(amtsschluessel) ? `${amtsschluessel}000` : undefined;
}

/** The AGS of a Kreis: its Kreis key, then "000" for "no single Gemeinde". */
export function agsOfKreis(kreisKey: string): string {
  return `${kreisKey}000`;
}

export function isKreisAgs(ags: string): boolean {
  return isAgs(ags) && agsOfKreis(ags.slice(0, 5)) === ags;
}

export function arsAgreesWithAgs(ars: string, ags: string): boolean {
  return isAgs(ags) && agsOfArs(ars) === ags;
}

export function arsAgreesWithAmtsschluessel(ars: string, amtsschluessel: string): boolean {
  return isArs(ars) && arsOfAmt(amtsschluessel) === ars;
}
