import { randomUUID } from 'node:crypto';
import type { AppDeps } from '../../../platform/deps.ts';
import { FILE_TYPES } from '../../../platform/files/index.ts';
import { insertApplication, updateApplicationRow } from '../../competition/applications/repository.ts';
import { insertCriterion } from '../../competition/core/form-repository.ts';
import { insertCall, updateCallRow } from '../../competition/core/repository.ts';
import { challengeSubmissionFiles } from '../core/tables.ts';

/*
 * Test support of the jury: an attachment of a submission, and an application of a competition
 * call under review, to show that the review engine keeps the two features' processes apart.
 */

/** A small PDF attached to the submission; returns the attachment's id. */
export async function insertTestAttachment(deps: AppDeps, options: { submissionId: string; title?: string }): Promise<string> {
  const file = await deps.files.put(Buffer.from('%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n'), {
    originalName: 'konzept.pdf',
    createdBy: null,
    allowedTypes: [FILE_TYPES.pdf],
    maxBytes: 1024 * 1024,
  });
  const id = randomUUID();
  await deps.db.insert(challengeSubmissionFiles).values({ id, submissionId: options.submissionId, fileId: file.id, title: options.title ?? 'Konzept' });
  return id;
}

/** A published competition call with one criterion and one application found formally complete (under review). */
export async function insertTestCompetitionApplication(
  deps: AppDeps,
  options: { organisationId: string; createdBy: string },
): Promise<{ callId: string; applicationId: string; criterionId: string }> {
  const db = deps.db;
  const call = await insertCall(db, {
    slug: `wettbewerb-${randomUUID().slice(0, 8)}`,
    title: 'Digitale Dörfer 2099',
    summary: 'Dörfer bewerben sich.',
    description: 'Gefördert wird Daseinsvorsorge im Dorf.',
    eligibleTypes: ['gemeinde', 'kreis'],
    agsPrefix: null,
    populationMin: null,
    populationMax: null,
    jointApplications: true,
    opensAt: new Date('2026-01-01T08:00:00Z'),
    closesAt: new Date('2099-02-26T22:59:00Z'),
    maxAmountCents: 10_000_000,
    totalBudgetCents: 50_000_000,
    ownSharePercent: 10,
    fundingStart: '2099-07-01',
    fundingEnd: '2100-12-31',
    blindReview: false,
    fieldsOfAction: [],
    contact: '',
    createdBy: null,
  });
  await updateCallRow(db, call.id, { status: 'published', publishedAt: new Date() });
  const criterion = await insertCriterion(db, { callId: call.id, position: 1, title: 'Nutzen', description: '', weight: 1 });
  const application = await insertApplication(db, {
    callId: call.id,
    organisationId: options.organisationId,
    organisationName: 'Gemeinde Wettbewerb',
    createdBy: options.createdBy,
  });
  if (!application) throw new Error('insertTestCompetitionApplication: the application was not stored');
  await updateApplicationRow(db, application.id, {
    title: 'Dorfladen mit Videosprechstunde',
    summary: 'Ein Dorfladen, der auch Arztpraxis ist.',
    status: 'eligible',
    reference: 'WB-2099-0042',
    submittedAt: new Date(),
    submittedBy: options.createdBy,
  });
  return { callId: call.id, applicationId: application.id, criterionId: criterion.id };
}
