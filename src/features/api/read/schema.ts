import { z } from 'zod';
import { LIST_STATES, PUBLIC_PHASES, ELIGIBILITIES } from '../../challenges/catalogue/api-service.ts';
import { PROJECT_STATUSES } from '../../competition/projects/api-service.ts';
import { AUDIENCES, KNOWLEDGE_STEPS, KNOWLEDGE_TYPES } from '../../knowledge/read-api-service.ts';
import { MATURITY_PHASES, SIZE_BANDS } from '../../solutions/library/api-service.ts';
import { MEASURE_STATUSES, PRIORITIES } from '../../strategy/publishing/api-service.ts';
import { field } from '../core/fields.ts';
import { pagingQuery } from '../core/paging.ts';

/*
 * The read API's schemas: the routes parse with them and the OpenAPI document is written from
 * them, so the two cannot disagree. Field names are English and camelCase, query parameters
 * snake_case; every time is ISO 8601 in UTC, every date YYYY-MM-DD.
 */

const SLUG = /^[a-z0-9][a-z0-9-]{0,79}$/;

const id = z.uuid().describe(field('id'));
const slug = z.string().describe(field('slug'));
const url = z.url().describe(field('url'));
const time = z.iso.datetime();
const day = z.iso.date();
const fieldsOfAction = z.array(z.string()).describe(field('fieldsOfAction'));
const markdown = (key: Parameters<typeof field>[0]) => z.string().describe(field(key));
const organisationLink = z
  .object({ name: z.string().describe(field('organisationName')), url: z.url().describe(field('organisationUrl')) })
  .meta({ id: 'OrganisationLink', description: field('organisation') });

const fieldOfActionFilter = z.string().regex(SLUG).optional().describe(field('fieldOfActionFilter'));

// ---- events -------------------------------------------------------------------------------

export const eventDateSchema = z
  .object({
    id,
    startsAt: time.describe(field('startsAt')),
    endsAt: time.describe(field('endsAt')),
    online: z.boolean().describe(field('online')),
    placeName: z.string().nullable().describe(field('placeName')),
    street: z.string().nullable().describe(field('street')),
    postcode: z.string().nullable().describe(field('postcode')),
    town: z.string().nullable().describe(field('town')),
    registrationDeadline: time.describe(field('registrationDeadline')),
    seats: z.number().int().describe(field('seats')),
    cancelled: z.boolean().describe(field('cancelled')),
  })
  .meta({ id: 'EventDate', description: field('eventDate') });

export const eventSchema = z
  .object({
    id,
    slug,
    url,
    title: z.string().describe(field('title')),
    summary: z.string().describe(field('summary')),
    organiser: z.string().describe(field('organiser')),
    description: markdown('description'),
    audience: z.string().describe(field('audience')),
    fieldsOfAction,
    publishedAt: time.nullable().describe(field('publishedAt')),
    updatedAt: time.describe(field('updatedAt')),
    dates: z.array(eventDateSchema).describe(field('dates')),
  })
  .meta({ id: 'Event', description: field('event') });

export const eventsQuery = z.strictObject({
  ...pagingQuery,
  from: day.optional().describe(field('fromFilter')),
  to: day.optional().describe(field('toFilter')),
  field_of_action: fieldOfActionFilter,
  format: z.enum(['online', 'on_site']).optional().describe(field('formatFilter')),
  town: z.string().min(1).max(100).optional().describe(field('townFilter')),
});

export const eventParams = z.strictObject({ id: z.uuid().describe(field('id')) });

// ---- knowledge and news -------------------------------------------------------------------

export const knowledgeItemSchema = z
  .object({
    id,
    type: z.enum(KNOWLEDGE_TYPES).describe(field('knowledgeType')),
    slug,
    url,
    title: z.string().describe(field('title')),
    summary: z.string().describe(field('summary')),
    body: markdown('body'),
    step: z.enum(KNOWLEDGE_STEPS).nullable().describe(field('step')),
    fieldsOfAction,
    audiences: z.array(z.enum(AUDIENCES)).describe(field('audiences')),
    tags: z.array(z.string()).describe(field('tags')),
    language: z.string().nullable().describe(field('language')),
    downloadUrl: z.url().nullable().describe(field('downloadUrl')),
    videoUrl: z.string().nullable().describe(field('videoUrl')),
    publishedAt: time.nullable().describe(field('publishedAt')),
    updatedAt: time.describe(field('updatedAt')),
  })
  .meta({ id: 'KnowledgeItem', description: field('knowledgeItem') });

export const knowledgeQuery = z.strictObject({
  ...pagingQuery,
  type: z
    .enum(KNOWLEDGE_TYPES.filter((t) => t !== 'news') as ['guide', 'document', 'video', 'faq'])
    .optional()
    .describe(field('knowledgeTypeFilter')),
  field_of_action: fieldOfActionFilter,
  audience: z.enum(AUDIENCES).optional().describe(field('audienceFilter')),
});

export const newsSchema = z
  .object({
    id,
    slug,
    url,
    title: z.string().describe(field('title')),
    summary: z.string().describe(field('summary')),
    body: markdown('body'),
    fieldsOfAction,
    tags: z.array(z.string()).describe(field('tags')),
    publishedAt: time.nullable().describe(field('publishedAt')),
    updatedAt: time.describe(field('updatedAt')),
  })
  .meta({ id: 'News', description: field('news') });

export const newsQuery = z.strictObject({ ...pagingQuery, field_of_action: fieldOfActionFilter });

// ---- funded projects ------------------------------------------------------------------------

export const fundedProjectSchema = z
  .object({
    id,
    slug,
    url,
    municipality: z.string().describe(field('municipality')),
    title: z.string().describe(field('title')),
    summary: z.string().describe(field('summary')),
    description: markdown('description'),
    fieldsOfAction,
    fundingEur: z.number().min(0).describe(field('fundingEur')),
    status: z.enum(PROJECT_STATUSES).describe(field('projectStatus')),
    startsOn: day.describe(field('startsOn')),
    endsOn: day.describe(field('endsOn')),
    competition: z.object({ slug: z.string().describe(field('slug')), title: z.string().describe(field('title')) }).describe(field('competition')),
    updatedAt: time.describe(field('updatedAt')),
  })
  .meta({ id: 'FundedProject', description: field('fundedProject') });

export const fundedProjectsQuery = z.strictObject({
  ...pagingQuery,
  year: z.coerce.number().int().min(2000).max(2100).optional().describe(field('yearFilter')),
  status: z.enum(PROJECT_STATUSES).optional().describe(field('projectStatusFilter')),
  field_of_action: fieldOfActionFilter,
  competition: z.string().regex(SLUG).optional().describe(field('competitionFilter')),
});

// ---- solutions ------------------------------------------------------------------------------

const euros = (key: Parameters<typeof field>[0]) => z.number().min(0).nullable().describe(field(key));

export const solutionSchema = z
  .object({
    id,
    slug,
    url,
    title: z.string().describe(field('title')),
    summary: z.string().describe(field('summary')),
    problem: markdown('problem'),
    approach: markdown('approach'),
    fieldsOfAction,
    suitableTypes: z.array(z.string()).describe(field('suitableTypes')),
    sizeBands: z.array(z.enum(SIZE_BANDS)).describe(field('sizeBands')),
    maturity: z.enum(MATURITY_PHASES).describe(field('maturity')),
    costOneOffEur: euros('costOneOffEur'),
    costYearlyEur: euros('costYearlyEur'),
    effortPersonDays: z.number().int().nullable().describe(field('effortPersonDays')),
    operatorModel: z.string().describe(field('operatorModel')),
    licence: z.string().describe(field('licence')),
    openSource: z.boolean().describe(field('openSource')),
    repositoryUrl: z.string().nullable().describe(field('repositoryUrl')),
    reuses: z.number().int().min(0).describe(field('reuses')),
    owner: organisationLink.nullable().describe(field('organisation')),
    publishedAt: time.nullable().describe(field('publishedAt')),
    updatedAt: time.describe(field('updatedAt')),
  })
  .meta({ id: 'Solution', description: field('solution') });

export const solutionsQuery = z.strictObject({
  ...pagingQuery,
  field_of_action: fieldOfActionFilter,
  maturity: z.enum(MATURITY_PHASES).optional().describe(field('maturityFilter')),
  size_band: z.enum(SIZE_BANDS).optional().describe(field('sizeBandFilter')),
  open_source: z.enum(['true', 'false']).optional().describe(field('openSourceFilter')),
});

// ---- challenges -----------------------------------------------------------------------------

export const challengeSchema = z
  .object({
    id,
    slug,
    url,
    title: z.string().describe(field('title')),
    summary: z.string().describe(field('summary')),
    problem: markdown('problem'),
    context: markdown('context'),
    affected: markdown('affected'),
    dataAvailable: markdown('dataAvailable'),
    constraints: markdown('constraints'),
    success: markdown('success'),
    prize: z.string().describe(field('prize')),
    eligibility: z.enum(ELIGIBILITIES).describe(field('eligibility')),
    fieldsOfAction,
    phase: z.enum(PUBLIC_PHASES).describe(field('phase')),
    questionsUntil: time.describe(field('questionsUntil')),
    submissionOpensAt: time.describe(field('submissionOpensAt')),
    submissionClosesAt: time.describe(field('submissionClosesAt')),
    juryUntil: time.describe(field('juryUntil')),
    announcementAt: time.describe(field('announcementAt')),
    decidedAt: time.nullable().describe(field('decidedAt')),
    publishedAt: time.nullable().describe(field('publishedAt')),
    organisation: organisationLink.nullable().describe(field('organisation')),
  })
  .meta({ id: 'Challenge', description: field('challenge') });

export const challengesQuery = z.strictObject({
  ...pagingQuery,
  state: z.enum(LIST_STATES).optional().describe(field('stateFilter')),
  field_of_action: fieldOfActionFilter,
});

// ---- strategies -----------------------------------------------------------------------------

export const strategySchema = z
  .object({
    id,
    url,
    pdfUrl: z.url().describe(field('pdfUrl')),
    organisation: organisationLink.describe(field('organisation')),
    vision: markdown('vision'),
    fieldsOfAction,
    goals: z.array(z.object({ title: z.string().describe(field('title')), description: z.string().describe(field('description')) })).describe(field('goals')),
    measures: z
      .array(
        z.object({
          title: z.string().describe(field('title')),
          goal: z.string().describe(field('measureGoal')),
          status: z.enum(MEASURE_STATUSES).describe(field('measureStatus')),
          priority: z.enum(PRIORITIES).describe(field('priority')),
          startsOn: day.nullable().describe(field('startsOn')),
          endsOn: day.nullable().describe(field('endsOn')),
          indicator: z.string().describe(field('indicator')),
          fieldsOfAction,
        }),
      )
      .describe(field('measures')),
    publishedAt: time.nullable().describe(field('publishedAt')),
    updatedAt: time.describe(field('updatedAt')),
  })
  .meta({ id: 'Strategy', description: field('strategy') });

export const strategiesQuery = z.strictObject({ ...pagingQuery, field_of_action: fieldOfActionFilter });
