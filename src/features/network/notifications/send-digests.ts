import type { AppDeps } from '../../../platform/deps.ts';
import { queueMail } from '../../../platform/mail/queue.ts';
import { currentPeriod, type DigestFrequency, type DigestPeriod } from './digest-period.ts';
import { mailSite } from './jobs.ts';
import { digestMail, type MailSite } from './mails.ts';
import { findRecipient } from './recipient.ts';
import { claimDigestItems, claimDigestRun, listDigestRecipients, setDigestRunItems, setMailed } from './repository.ts';

const FREQUENCIES: DigestFrequency[] = ['daily', 'weekly'];

export type DigestOutcome = 'sent' | 'taken' | 'empty';

/**
 * One person's digest of one period, in one transaction: the run row is taken first (a second
 * process finds it and sends nothing), then the items are locked, mailed and marked. A digest
 * without items is not sent.
 */
export async function sendDigest(deps: AppDeps, options: { userId: string; period: DigestPeriod; site: MailSite; now: Date }): Promise<DigestOutcome> {
  const { userId, period } = options;
  const run = { userId, frequency: period.frequency, period: period.period };
  return deps.db.transaction(async (tx): Promise<DigestOutcome> => {
    if (!(await claimDigestRun(tx, run))) return 'taken';
    const recipient = await findRecipient(tx, userId);
    const items = recipient ? await claimDigestItems(tx, userId, { frequency: period.frequency, before: period.startsAt }) : [];
    // The run row stays with no items: nothing is mailed, and the next period takes what is left.
    if (!recipient || items.length === 0) return 'empty';
    await queueMail(tx, digestMail(options.site, recipient, period.frequency, items), `network-digest:${userId}:${period.frequency}:${period.period}`);
    await setMailed(
      tx,
      items.map((i) => i.id),
      options.now,
    );
    await setDigestRunItems(tx, run, items.length);
    return 'sent';
  });
}

/**
 * The feature's sweep: every digest now due that was not sent yet. Safe to run in several
 * processes at once: each person's digest is taken by exactly one of them.
 */
export async function sweepDigests(deps: AppDeps, now: Date): Promise<void> {
  const site = await mailSite(deps);
  for (const frequency of FREQUENCIES) {
    const period = currentPeriod(frequency, now);
    for (const userId of await listDigestRecipients(deps.db, { frequency, period: period.period, before: period.startsAt })) {
      await sendDigest(deps, { userId, period, site, now });
    }
  }
}
