import { z } from 'zod';
import type { AppDeps } from '../../../platform/deps.ts';
import type { JobHandlers } from '../../../platform/jobs/worker.ts';
import { NOTIFICATION_MAIL_JOB } from '../core/notify.ts';
import type { MailSite } from './mails.ts';
import { mailNotification } from './mail-notification.ts';
import { mailSite as platformMailSite } from '../../../platform/mail/site.ts';

const payloadSchema = z.object({ notificationId: z.uuid() });

export async function mailSite(deps: AppDeps): Promise<MailSite> {
  return { ...(await platformMailSite(deps)), keyring: deps.keyring };
}

/** The network's jobs: the immediate mail of each notification (queued by core/notify.ts). */
export function jobs(deps: AppDeps): JobHandlers {
  return {
    [NOTIFICATION_MAIL_JOB]: async (payload) => {
      const { notificationId } = payloadSchema.parse(payload);
      await mailNotification(deps.db, { notificationId, site: await mailSite(deps), now: new Date() });
    },
  };
}
