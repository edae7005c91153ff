import { z } from 'zod';
import type { AppDeps } from '../../../platform/deps.ts';
import type { Executor } from '../../../platform/db/client.ts';
import { FILE_TYPES } from '../../../platform/files/index.ts';
import { LOCALES, type Locale } from '../../../platform/i18n/index.ts';
import { insertJob } from '../../../platform/jobs/repository.ts';
import type { JobHandlers } from '../../../platform/jobs/worker.ts';
import { renderPdf } from '../../../platform/pdf/render-pdf.ts';
import { queueReceiptMail } from './mails.ts';
import { receiptDocument } from './receipt-pdf.ts';
import { findApplication, lockApplication, updateApplicationRow, type ApplicationRow } from './repository.ts';
import { loadDossier } from './service.ts';
import { mailSite } from '../../../platform/mail/site.ts';

const RECEIPT_JOB = 'competition.receipt';

const receiptPayload = z.object({ applicationId: z.uuid(), locale: z.enum(LOCALES) });

/**
 * Queues the receipt in the submission's transaction. Writing the PDF is work of a second or
 * so that need not hold the call's lock; the job is committed with the submission, so no
 * receipt is lost.
 */
export async function queueReceipt(tx: Executor, application: ApplicationRow, locale: Locale): Promise<void> {
  await insertJob(tx, { kind: RECEIPT_JOB, payload: { applicationId: application.id, locale }, dedupeKey: `competition:receipt:${application.id}` });
}

/**
 * The PDF of the submitted application, made once and kept with it: the download and the
 * e-mail give the same file, whatever changes later in the call's form. Safe to call again.
 */
export async function ensureReceiptFile(
  deps: AppDeps,
  applicationId: string,
  locale: Locale,
): Promise<{ fileId: string; pdf: Buffer | undefined } | undefined> {
  const application = await findApplication(deps.db, applicationId);
  if (!application?.reference) return undefined;
  if (application.receiptFileId) return { fileId: application.receiptFileId, pdf: undefined };
  const dossier = await loadDossier(deps.db, application);
  const pdf = await renderPdf(receiptDocument(dossier, locale, (await deps.settings.get()).siteName));
  const stored = await deps.files.put(pdf, {
    originalName: `${application.reference}.pdf`,
    createdBy: null,
    allowedTypes: [FILE_TYPES.pdf],
    maxBytes: 50 * 1024 * 1024,
  });
  const kept = await deps.db.transaction(async (tx) => {
    const locked = (await lockApplication(tx, applicationId))!;
    // Two makers at once (the job and a download): the first file stays, the second goes.
    if (locked.receiptFileId) return locked.receiptFileId;
    await updateApplicationRow(tx, applicationId, { receiptFileId: stored.id });
    return stored.id;
  });
  if (kept !== stored.id) {
    await deps.files.delete(stored.id);
    return { fileId: kept, pdf: undefined };
  }
  return { fileId: kept, pdf };
}

export function receiptJobs(deps: AppDeps): JobHandlers {
  return {
    [RECEIPT_JOB]: async (payload) => {
      const { applicationId, locale } = receiptPayload.parse(payload);
      const receipt = await ensureReceiptFile(deps, applicationId, locale);
      if (!receipt) return;
      const application = (await findApplication(deps.db, applicationId))!;
      const pdf = receipt.pdf ?? (await readAll(deps, receipt.fileId));
      await queueReceiptMail(deps.db, application, pdf, await mailSite(deps));
    },
  };
}

async function readAll(deps: AppDeps, fileId: string): Promise<Buffer> {
  const found = await deps.files.get(fileId);
  if (!found) throw new Error(`receipt file ${fileId} is missing`);
  const parts: Buffer[] = [];
  for await (const part of found.stream) parts.push(part as Buffer);
  return Buffer.concat(parts);
}
