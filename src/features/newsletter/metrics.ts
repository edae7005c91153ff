import type { AppDeps } from '../../platform/deps.ts';
import type { GaugeDefinition } from '../../platform/metrics/gauge.ts';
import { countUnsentDeliveries } from './repository.ts';

/** The newsletter's queue: it drains at NEWSLETTER_MAILS_PER_MINUTE; one that stops shrinking means the pacing job stalled. */
export function newsletterGauges(deps: AppDeps): GaugeDefinition[] {
  return [
    {
      name: 'newsletter_deliveries_waiting',
      help: 'Newsletter mails queued for sending and not yet handed to the mail queue',
      labelNames: [],
      read: async () => [{ labels: {}, value: await countUnsentDeliveries(deps.db) }],
    },
  ];
}
