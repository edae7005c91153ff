import type { RegistrationMode } from './tables.ts';

/*
 * The rules of a seminar series that more than one part needs. Pure functions of rows and the
 * clock, so that pages, commands and tests ask the same question the same way.
 */

interface Timed {
  startsAt: Date;
  endsAt: Date;
}

/** A module has been held once its last session has ended; a module without sessions never has. */
export function moduleHeld(sessions: Timed[], now: Date): boolean {
  return sessions.length > 0 && sessions.every((s) => s.endsAt <= now);
}

/** Where a viewer stands towards a series: its editors, its confirmed participants, everyone else. */
export type SeriesViewer = 'editor' | 'participant' | 'public';

/**
 * Materials of a module reach the participants after the module was held, everyone else only
 * when the editors made them public and the module was held; editors always see them.
 */
export function materialsVisible(options: { viewer: SeriesViewer; held: boolean; materialsPublic: boolean }): boolean {
  if (options.viewer === 'editor') return true;
  if (!options.held) return false;
  return options.viewer === 'participant' || options.materialsPublic;
}

/** Why a person may not register: each reason has its explanation in the catalogue. */
export type IneligibleReason = 'functionRequired' | 'organisationType';

export interface Eligibility {
  /** the function the series asks for, e.g. "hauptamtliche Bürgermeisterin oder hauptamtlicher Bürgermeister"; empty: none */
  requiredFunction: string;
  /** organisation types whose members may register; empty: anyone */
  organisationTypes: string[];
}

/**
 * Checks a registration against the series' rules: the required function must be confirmed
 * and stated, and with organisation types the person registers for an organisation of one of
 * them (the types of the person's own organisations, as the route found them).
 */
export function ineligibleReasons(
  rules: Eligibility,
  person: { confirmsFunction: boolean; functionStatement: string; organisationType: string | undefined },
): IneligibleReason[] {
  const reasons: IneligibleReason[] = [];
  if (rules.requiredFunction && (!person.confirmsFunction || person.functionStatement.trim() === '')) reasons.push('functionRequired');
  if (rules.organisationTypes.length > 0 && !(person.organisationType && rules.organisationTypes.includes(person.organisationType))) {
    reasons.push('organisationType');
  }
  return reasons;
}

/** Whether a person with these organisation types could register at all (shown before the form). */
export function couldBeEligible(rules: Eligibility, organisationTypes: string[]): boolean {
  return rules.organisationTypes.length === 0 || organisationTypes.some((t) => rules.organisationTypes.includes(t));
}

/** Registration is open while the series is published, the deadline has not passed and (for a module) the module has not begun. */
export function registrationOpen(options: { published: boolean; deadline: Date | null; firstStart: Date | undefined; now: Date }): boolean {
  if (!options.published) return false;
  if (options.deadline && options.deadline < options.now) return false;
  return !options.firstStart || options.firstStart > options.now;
}

/** The scope a registration counts in: the whole series, or one module. */
export function registrationScope(mode: RegistrationMode, moduleId: string | undefined): string | undefined {
  if (mode === 'series') return moduleId ? undefined : 'series';
  return moduleId;
}

/** A certificate of participation is due once every module of the series was attended. */
export function certificateDue(moduleIds: string[], attended: ReadonlySet<string>): boolean {
  return moduleIds.length > 0 && moduleIds.every((id) => attended.has(id));
}

/**
 * The start that closes registration and cancellation. A module closes when its first session
 * begins; a whole series takes participants for its remaining modules (and lets them withdraw)
 * until its last session begins – the deadline is the editors' earlier limit.
 */
export function closingStart(sessions: Timed[], wholeSeries: boolean): Date | undefined {
  if (sessions.length === 0) return undefined;
  const starts = sessions.map((s) => s.startsAt.getTime());
  return new Date(wholeSeries ? Math.max(...starts) : Math.min(...starts));
}
