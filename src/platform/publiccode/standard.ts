/*
 * The publiccode.yml standard's lists of allowed values (publiccodeyml/publiccode.yml, core
 * 0.4): the platform describes itself in one, and the solution library reads and writes them
 * for software solutions.
 */

export const DEVELOPMENT_STATUSES = ['concept', 'development', 'beta', 'stable', 'obsolete'] as const;
export type DevelopmentStatus = (typeof DEVELOPMENT_STATUSES)[number];

export const SOFTWARE_TYPES = [
  'standalone/mobile',
  'standalone/iot',
  'standalone/desktop',
  'standalone/web',
  'standalone/backend',
  'standalone/other',
  'addon',
  'library',
  'configurationFiles',
] as const;
export type SoftwareType = (typeof SOFTWARE_TYPES)[number];

export const MAINTENANCE_TYPES = ['internal', 'contract', 'community', 'none'] as const;
