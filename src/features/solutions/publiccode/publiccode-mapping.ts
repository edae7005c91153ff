import type { SolutionRow } from '../core/repository.ts';
import { type DevelopmentStatus, type MAINTENANCE_TYPES, SOFTWARE_TYPES, type SoftwareType } from '../../../platform/publiccode/standard.ts';
import type { MaturityPhase } from '../core/tables.ts';

/*
 * A solution ↔ a publiccode.yml (the standard's core keys, version 0.4). Pure functions: the
 * export builds the file's object from the solution's row, the import turns a checked file
 * (read-publiccode.ts) into the fields of a new draft. What publiccode carries both ways:
 *
 *   name                                   ↔ title
 *   description.<lang>.shortDescription    ↔ summary (the standard allows 150 characters: a
 *                                            longer summary is cut at a word with "…" and
 *                                            written in full at the top of longDescription)
 *   description.<lang>.longDescription     ↔ problem and approach, each under its own heading
 *                                            (PROBLEM_HEADING, APPROACH_HEADING)
 *   description.<lang>.features            ← the approach's list items (export only; on import
 *                                            the features not already in the text are added to
 *                                            the approach as a list)
 *   url                                    ↔ repositoryUrl (https only, as the profile form)
 *   legal.license                          ↔ licence; openSource on import: see isOpenLicence
 *   developmentStatus                      ↔ maturity (MATURITY_TO_STATUS, STATUS_TO_MATURITY)
 *   softwareType                           ↔ softwareType, kept as it came ('standalone/web'
 *                                            when the solution has none)
 *   maintenance.contacts[0].{name,email}   ↔ contactName, contactEmail
 *
 * Written on export only, as the standard requires them and the profile does not hold them:
 * platforms [web], maintenance.type (internal with a contact, none without),
 * localisation (German, not declared localisation-ready), releaseDate (the day of
 * publication). categories and intendedAudience are left out: the fields of action do not
 * map onto the standard's lists without guessing.
 */

export const PUBLICCODE_VERSION = '0.4';

/** The two headings longDescription is written under and split back by; chosen so that a profile's own text hardly ever holds them. */
export const PROBLEM_HEADING = '## Welches Problem sie löst';
export const APPROACH_HEADING = '## Wie sie vorgeht';

/** The standard's limits the export keeps. */
export const SHORT_DESCRIPTION_MAX = 150;
export const LONG_DESCRIPTION_MIN = 150;
export const FEATURE_MAX = 100;
/** The profile's own limit of a summary (profiles/schema.ts). */
const SUMMARY_MAX = 500;
const FEATURES_MAX_COUNT = 20;

const DEFAULT_SOFTWARE_TYPE: SoftwareType = 'standalone/web';

/** "An andere übertragen" has no status of its own in the standard: software that others run is stable. */
const MATURITY_TO_STATUS: Record<MaturityPhase, DevelopmentStatus> = {
  idea: 'concept',
  prototype: 'development',
  pilot: 'beta',
  operation: 'stable',
  transferred: 'stable',
};

/** Obsolete software ran in operation once; the owners say in the draft what became of it. */
const STATUS_TO_MATURITY: Record<DevelopmentStatus, MaturityPhase> = {
  concept: 'idea',
  development: 'prototype',
  beta: 'pilot',
  stable: 'operation',
  obsolete: 'operation',
};

/** The file as the export writes it and as the import reads it once checked. */
export interface PubliccodeDescription {
  shortDescription: string;
  longDescription: string;
  features: string[];
}

export interface Publiccode {
  publiccodeYmlVersion: string;
  name: string;
  url: string;
  releaseDate?: string;
  platforms: string[];
  developmentStatus: DevelopmentStatus;
  softwareType: SoftwareType;
  description: Record<string, PubliccodeDescription>;
  legal: { license: string };
  maintenance: { type: (typeof MAINTENANCE_TYPES)[number]; contacts?: { name: string; email?: string }[] };
  localisation: { localisationReady: boolean; availableLanguages: string[] };
}

/** What an import fills in of a new draft; everything else starts empty, as a new draft does. */
export interface ImportedProfile {
  title: string;
  summary: string;
  problem: string;
  approach: string;
  maturity: MaturityPhase;
  licence: string;
  openSource: boolean;
  repositoryUrl: string;
  softwareType: string;
  contactName: string;
  contactEmail: string;
}

/** The solution's fields the export reads. */
export type ExportedSolution = Pick<
  SolutionRow,
  'title' | 'summary' | 'problem' | 'approach' | 'maturity' | 'licence' | 'repositoryUrl' | 'softwareType' | 'contactName' | 'contactEmail' | 'publishedAt'
>;

/** SPDX's word for "nothing is said about the licence", written when the profile names none. */
const NO_LICENCE = 'NOASSERTION';

/**
 * Cuts a text to `max` characters at a word boundary and marks the cut with "…"; a text that
 * fits is returned as it is. A single word longer than `max` is cut inside the word.
 */
export function cutAtWord(text: string, max: number): string {
  const plain = text.trim();
  if (plain.length <= max) return plain;
  const room = plain.slice(0, max - 1);
  const space = room.search(/\s\S*$/);
  const cut = (space > 0 ? room.slice(0, space) : room).replace(/[\s,;:.–-]+$/, '');
  return `${cut}…`;
}

/** The top-level Markdown list items of a text ("- …", "* …", "+ …"), as the software's features. */
function listItems(markdown: string): string[] {
  return markdown
    .split('\n')
    .map((line) => /^[-*+]\s+(.+)$/.exec(line)?.[1]?.trim())
    .filter((item): item is string => Boolean(item));
}

/** The Berlin calendar day of a point in time, as the standard's releaseDate writes it. */
function berlinDay(at: Date): string {
  // sv-SE writes dates as YYYY-MM-DD
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

/**
 * The solution as a publiccode.yml. longDescription holds the problem and the approach under
 * their headings; the summary is put above them when it had to be cut for shortDescription
 * (so that nothing is lost) or when the text would be shorter than the standard's 150 characters.
 */
export function solutionToPubliccode(solution: ExportedSolution & { repositoryUrl: string }): Publiccode {
  const shortDescription = cutAtWord(solution.summary, SHORT_DESCRIPTION_MAX);
  const sections = [
    solution.problem.trim() ? `${PROBLEM_HEADING}\n\n${solution.problem.trim()}` : '',
    solution.approach.trim() ? `${APPROACH_HEADING}\n\n${solution.approach.trim()}` : '',
  ].filter(Boolean);
  const body = sections.join('\n\n');
  const withSummary = shortDescription !== solution.summary.trim() || body.length < LONG_DESCRIPTION_MIN;
  const longDescription = withSummary ? [solution.summary.trim(), body].filter(Boolean).join('\n\n') : body;
  const items = listItems(solution.approach).slice(0, FEATURES_MAX_COUNT);
  const features = (items.length > 0 ? items : [solution.summary]).map((item) => cutAtWord(item, FEATURE_MAX));
  const contact = solution.contactName.trim();
  return {
    publiccodeYmlVersion: PUBLICCODE_VERSION,
    name: solution.title,
    url: solution.repositoryUrl,
    ...(solution.publishedAt ? { releaseDate: berlinDay(solution.publishedAt) } : {}),
    platforms: ['web'],
    developmentStatus: MATURITY_TO_STATUS[solution.maturity],
    softwareType: (SOFTWARE_TYPES as readonly string[]).includes(solution.softwareType ?? '') ? (solution.softwareType as SoftwareType) : DEFAULT_SOFTWARE_TYPE,
    description: { de: { shortDescription, longDescription, features } },
    legal: { license: solution.licence.trim() || NO_LICENCE },
    // The standard asks internal maintenance to name a contact: without a contact person, "none".
    maintenance: contact
      ? { type: 'internal', contacts: [{ name: contact, ...(solution.contactEmail ? { email: solution.contactEmail } : {}) }] }
      : { type: 'none' },
    localisation: { localisationReady: false, availableLanguages: ['de'] },
  };
}

/** The description the import reads: German, else English, else the first language given. */
export function pickLanguage(languages: string[]): string | undefined {
  return languages.includes('de') ? 'de' : languages.includes('en') ? 'en' : languages[0];
}

/**
 * Open source, on import: a licence is named and it is not one of SPDX's "no assertion",
 * a LicenseRef- of the publisher's own or a proprietary one. A publiccode.yml always names the
 * repository, so the licence decides.
 */
export function isOpenLicence(licence: string): boolean {
  return licence !== '' && !/^NOASSERTION$|^NONE$|LicenseRef-|propriet/i.test(licence);
}

/** Whether a feature is said in the texts already; a feature cut with "…" is compared without it. */
function alreadySaid(feature: string, texts: string[]): boolean {
  const plain = feature.replace(/…$/, '').trim();
  return plain === '' || texts.some((text) => text.includes(plain));
}

/**
 * Splits longDescription into problem and approach by exactly the export's two headings. Text
 * before the first heading is the summary when the export put it there (it begins with
 * shortDescription); other text without the headings goes to the approach.
 */
export function splitLongDescription(longDescription: string, shortDescription: string): { summary?: string; problem: string; approach: string } {
  const lines = longDescription.replace(/\r\n?/g, '\n').split('\n');
  const problemAt = lines.findIndex((line) => line.trimEnd() === PROBLEM_HEADING);
  const approachAt = lines.findIndex((line, i) => i > problemAt && line.trimEnd() === APPROACH_HEADING);
  const firstHeading = [problemAt, approachAt].filter((i) => i >= 0).reduce((a, b) => Math.min(a, b), lines.length);
  const join = (from: number, to: number) => lines.slice(from, to).join('\n').trim();
  const before = join(0, firstHeading);
  const problem = problemAt >= 0 ? join(problemAt + 1, approachAt >= 0 ? approachAt : lines.length) : '';
  const approach = approachAt >= 0 ? join(approachAt + 1, lines.length) : '';
  const short = shortDescription.trim();
  const isSummary =
    before !== '' && before.length <= SUMMARY_MAX && (before === short || (short.endsWith('…') && before.startsWith(short.slice(0, -1).trimEnd())));
  if (isSummary) return { summary: before, problem, approach };
  return { problem, approach: [before, approach].filter(Boolean).join('\n\n') };
}

/** The checked file as the fields of a new draft. `language` is the description read (pickLanguage). */
export function publiccodeToProfile(code: Publiccode, language: string): ImportedProfile {
  const description = code.description[language]!;
  const split = splitLongDescription(description.longDescription, description.shortDescription);
  const texts = [description.shortDescription, description.longDescription];
  const newFeatures = description.features.filter((feature) => !alreadySaid(feature, texts));
  const featureList = newFeatures.map((feature) => `- ${feature.trim()}`).join('\n');
  const contact = code.maintenance.contacts?.[0];
  const licence = code.legal.license.trim() === NO_LICENCE ? '' : code.legal.license.trim();
  return {
    title: code.name.trim(),
    summary: split.summary ?? description.shortDescription.trim(),
    problem: split.problem,
    approach: [split.approach, featureList].filter(Boolean).join('\n\n'),
    maturity: STATUS_TO_MATURITY[code.developmentStatus],
    licence,
    openSource: isOpenLicence(licence),
    repositoryUrl: code.url.trim(),
    softwareType: code.softwareType,
    contactName: contact?.name.trim() ?? '',
    contactEmail: contact?.email?.trim().toLowerCase() ?? '',
  };
}
