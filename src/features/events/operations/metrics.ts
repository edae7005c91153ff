import type { AppDeps } from '../../../platform/deps.ts';
import type { GaugeDefinition } from '../../../platform/metrics/gauge.ts';
import { REGISTRATION_STATUSES } from '../core/tables.ts';
import { countRegistrationsOfComingDates } from './repository.ts';

/** How full the coming dates are: what an operator watches while a popular date opens. */
export function registrationGauges(deps: AppDeps): GaugeDefinition[] {
  return [
    {
      name: 'event_registrations',
      help: 'Registrations for event dates that have not yet ended, by status (confirmed, waiting, offered, held, cancelled)',
      labelNames: ['status'],
      read: async () => {
        const counts = new Map((await countRegistrationsOfComingDates(deps.db, new Date())).map((row) => [row.status, row.count]));
        return REGISTRATION_STATUSES.map((status) => ({ labels: { status }, value: counts.get(status) ?? 0 }));
      },
    },
  ];
}
