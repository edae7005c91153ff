/**
 * Days after a date's end until its registrations are anonymised (retention.ts): what a new
 * event starts with, and the range editors may choose. The retention overview shows these.
 */
export const REGISTRATION_RETENTION_DAYS = { standard: 90, min: 1, max: 3650 } as const;
