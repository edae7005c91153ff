import { randomUUID } from 'node:crypto';
import type { Executor } from '../db/client.ts';
import { insertJob } from '../jobs/repository.ts';
import type { JobHandler } from '../jobs/worker.ts';
import type { AppMetrics } from '../metrics/app-metrics.ts';
import type { MailTransport, OutgoingMail } from './transport.ts';

export const SEND_MAIL_JOB = 'mail.send';

/**
 * Queues an e-mail in the caller's transaction: it is sent only if the change that caused
 * it is committed, and exactly once per dedupe key however often the caller retries.
 */
export async function queueMail(db: Executor, mail: OutgoingMail, dedupeKey?: string): Promise<boolean> {
  const payload: OutgoingMail = { ...mail, messageId: mail.messageId ?? `<${randomUUID()}@digitale-kommune>` };
  return insertJob(db, { kind: SEND_MAIL_JOB, payload, dedupeKey: dedupeKey ? `mail:${dedupeKey}` : undefined });
}

export function sendMailJob(transport: MailTransport, metrics: AppMetrics): JobHandler {
  return async (payload) => {
    try {
      await transport.send(payload as OutgoingMail);
    } catch (error) {
      metrics.mails.inc({ outcome: 'failed' });
      throw error;
    }
    metrics.mails.inc({ outcome: 'sent' });
  };
}
