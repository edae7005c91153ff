import type { Messages } from '../../platform/i18n/index.ts';
import type { Journey } from './journeys.ts';
import { WITHOUT_KREIS } from './journeys.ts';
import type { KreisOption } from './service.ts';

/** The Kreis as people read it: its name on the platform, else its key, else "without key". */
export function kreisLabel(t: Messages, kreis: KreisOption): string {
  if (kreis.key === WITHOUT_KREIS) return t.programme.withoutKreis;
  return kreis.name ?? t.programme.kreisByKey(kreis.key);
}

export function kreisOfJourney(journey: Journey): KreisOption {
  return { key: journey.municipality.kreisKey ?? WITHOUT_KREIS, name: journey.municipality.kreisName };
}

export function furthestLabel(t: Messages, journey: Journey): string {
  return journey.furthest ? t.programme.stages[journey.furthest] : t.programme.noStage;
}
