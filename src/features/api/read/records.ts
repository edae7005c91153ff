import type { z } from 'zod';
import type { PublicChallengeRecord } from '../../challenges/catalogue/api-service.ts';
import type { PublicProjectRecord } from '../../competition/projects/api-service.ts';
import type { PublicEventRecord } from '../../events/catalogue/api-service.ts';
import type { PublicKnowledgeRecord } from '../../knowledge/read-api-service.ts';
import type { PublicSolutionRecord } from '../../solutions/library/api-service.ts';
import type { PublicStrategyRecord } from '../../strategy/publishing/api-service.ts';
import type { challengeSchema, eventSchema, fundedProjectSchema, knowledgeItemSchema, newsSchema, solutionSchema, strategySchema } from './schema.ts';

/*
 * The owning features' public records as the API's JSON: absolute addresses, ISO times, euros.
 * The same functions feed the open-data downloads, so a download holds what the API says.
 */

const iso = (at: Date) => at.toISOString();
const isoOrNull = (at: Date | null) => (at ? at.toISOString() : null);
const euros = (cents: number | null) => (cents === null ? null : cents / 100);

export function eventJson(r: PublicEventRecord, baseUrl: string): z.output<typeof eventSchema> {
  return {
    id: r.id,
    slug: r.slug,
    url: `${baseUrl}${r.path}`,
    title: r.title,
    summary: r.summary,
    organiser: r.organiser,
    description: r.description,
    audience: r.audience,
    fieldsOfAction: r.fieldsOfAction,
    publishedAt: isoOrNull(r.publishedAt),
    updatedAt: iso(r.updatedAt),
    dates: r.dates.map((d) => ({
      ...d,
      startsAt: iso(d.startsAt),
      endsAt: iso(d.endsAt),
      registrationDeadline: iso(d.registrationDeadline),
    })),
  };
}

export function knowledgeJson(r: PublicKnowledgeRecord, baseUrl: string): z.output<typeof knowledgeItemSchema> {
  const { path, downloadPath, publishedAt, updatedAt, ...rest } = r;
  return {
    ...rest,
    url: `${baseUrl}${path}`,
    downloadUrl: downloadPath ? `${baseUrl}${downloadPath}` : null,
    publishedAt: isoOrNull(publishedAt),
    updatedAt: iso(updatedAt),
  };
}

export function newsJson(r: PublicKnowledgeRecord, baseUrl: string): z.output<typeof newsSchema> {
  return {
    id: r.id,
    slug: r.slug,
    url: `${baseUrl}${r.path}`,
    title: r.title,
    summary: r.summary,
    body: r.body,
    fieldsOfAction: r.fieldsOfAction,
    tags: r.tags,
    publishedAt: isoOrNull(r.publishedAt),
    updatedAt: iso(r.updatedAt),
  };
}

export function fundedProjectJson(r: PublicProjectRecord, baseUrl: string): z.output<typeof fundedProjectSchema> {
  const { path, fundingCents, updatedAt, ...rest } = r;
  return { ...rest, url: `${baseUrl}${path}`, fundingEur: fundingCents / 100, updatedAt: iso(updatedAt) };
}

export function solutionJson(r: PublicSolutionRecord, baseUrl: string): z.output<typeof solutionSchema> {
  const { path, owner, costOneOffCents, costYearlyCents, publishedAt, updatedAt, ...rest } = r;
  return {
    ...rest,
    url: `${baseUrl}${path}`,
    costOneOffEur: euros(costOneOffCents),
    costYearlyEur: euros(costYearlyCents),
    owner: owner ? { name: owner.name, url: `${baseUrl}${owner.path}` } : null,
    publishedAt: isoOrNull(publishedAt),
    updatedAt: iso(updatedAt),
  };
}

export function challengeJson(r: PublicChallengeRecord, baseUrl: string): z.output<typeof challengeSchema> {
  const { path, organisation, questionsUntil, submissionOpensAt, submissionClosesAt, juryUntil, announcementAt, decidedAt, publishedAt, ...rest } = r;
  return {
    ...rest,
    url: `${baseUrl}${path}`,
    questionsUntil: iso(questionsUntil),
    submissionOpensAt: iso(submissionOpensAt),
    submissionClosesAt: iso(submissionClosesAt),
    juryUntil: iso(juryUntil),
    announcementAt: iso(announcementAt),
    decidedAt: isoOrNull(decidedAt),
    publishedAt: isoOrNull(publishedAt),
    organisation: organisation ? { name: organisation.name, url: `${baseUrl}${organisation.path}` } : null,
  };
}

export function strategyJson(r: PublicStrategyRecord, baseUrl: string): z.output<typeof strategySchema> {
  return {
    id: r.id,
    url: `${baseUrl}${r.path}`,
    pdfUrl: `${baseUrl}${r.pdfPath}`,
    organisation: { name: r.organisation.name, url: `${baseUrl}${r.organisation.path}` },
    vision: r.vision,
    fieldsOfAction: r.fieldsOfAction,
    goals: r.goals,
    measures: r.measures,
    publishedAt: isoOrNull(r.publishedAt),
    updatedAt: iso(r.updatedAt),
  };
}
