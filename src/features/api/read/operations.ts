import type { z } from 'zod';
import { ApiProblem } from '../../../platform/api/problem.ts';
import type { ApiOperation } from '../../../platform/api/operation.ts';
import type { AppDeps } from '../../../platform/deps.ts';
import { listPublicChallenges } from '../../challenges/catalogue/api-service.ts';
import { listPublicProjects } from '../../competition/projects/api-service.ts';
import { findPublicEvent, listPublicEvents } from '../../events/catalogue/api-service.ts';
import { listPublicKnowledge } from '../../knowledge/read-api-service.ts';
import { listPublicSolutions } from '../../solutions/library/api-service.ts';
import { listPublicStrategies } from '../../strategy/publishing/api-service.ts';
import { berlinToUtc, shiftBerlinDays } from '../../../platform/time/berlin-time.ts';
import { envelope, pageOf, slice, window } from '../core/paging.ts';
import { challengeJson, eventJson, fundedProjectJson, knowledgeJson, newsJson, solutionJson, strategyJson } from './records.ts';
import {
  challengeSchema,
  challengesQuery,
  eventParams,
  eventSchema,
  eventsQuery,
  fundedProjectSchema,
  fundedProjectsQuery,
  knowledgeItemSchema,
  knowledgeQuery,
  newsQuery,
  newsSchema,
  solutionSchema,
  solutionsQuery,
  strategiesQuery,
  strategySchema,
} from './schema.ts';

/** What a read's handler gets: the parsed query and path, the address asked for, the moment. */
export interface ReadInput<Q, P> {
  query: Q;
  params: P;
  url: URL;
  now: Date;
}

/** A read operation of the API: its description for the document and what answers it. */
export interface ReadOperation<Q extends z.ZodObject = z.ZodObject, P extends z.ZodObject = z.ZodObject> {
  operation: ApiOperation & { method: 'get'; query?: Q; params?: P };
  handle(deps: AppDeps, input: ReadInput<z.output<Q>, z.output<P>>): Promise<unknown>;
}

function read<Q extends z.ZodObject, P extends z.ZodObject>(op: ReadOperation<Q, P>): ReadOperation {
  return op as unknown as ReadOperation;
}

const paged = (query: { page: number; per_page: number }) => ({ page: query.page, perPage: query.per_page });

export const readOperations: ReadOperation[] = [
  read({
    operation: {
      method: 'get',
      path: '/events',
      operationId: 'listEvents',
      tag: 'events',
      summary: (t) => t.api.operations.listEvents.summary,
      description: (t) => t.api.operations.listEvents.description,
      query: eventsQuery,
      response: pageOf(eventSchema),
    },
    async handle(deps, { query, url }) {
      const request = paged(query);
      const filter = {
        // calendar days as the programme's people read them, in Berlin; `to` includes its day
        from: query.from ? berlinToUtc(query.from, '00:00') : undefined,
        before: query.to ? shiftBerlinDays(berlinToUtc(query.to, '00:00'), 1) : undefined,
        fieldOfAction: query.field_of_action,
        online: query.format === undefined ? undefined : query.format === 'online',
        town: query.town,
      };
      if (filter.from && filter.before && filter.from >= filter.before) {
        throw new ApiProblem(400, (t) => t.api.problems.fromAfterTo, [{ path: 'query.to', message: 'to must not be before from' }]);
      }
      const { records, total } = await listPublicEvents(deps.db, { filter, ...window(request) });
      return envelope({ items: records.map((r) => eventJson(r, deps.config.baseUrl)), total, request, url });
    },
  }),
  read({
    operation: {
      method: 'get',
      path: '/events/{id}',
      operationId: 'getEvent',
      tag: 'events',
      summary: (t) => t.api.operations.getEvent.summary,
      description: (t) => t.api.operations.getEvent.description,
      params: eventParams,
      response: eventSchema,
    },
    async handle(deps, { params }) {
      const record = await findPublicEvent(deps.db, params.id);
      if (!record) throw new ApiProblem(404, (t) => t.api.problems.noSuchEvent);
      return eventJson(record, deps.config.baseUrl);
    },
  }),
  read({
    operation: {
      method: 'get',
      path: '/knowledge',
      operationId: 'listKnowledgeItems',
      tag: 'knowledge',
      summary: (t) => t.api.operations.listKnowledgeItems.summary,
      description: (t) => t.api.operations.listKnowledgeItems.description,
      query: knowledgeQuery,
      response: pageOf(knowledgeItemSchema),
    },
    async handle(deps, { query, url }) {
      const request = paged(query);
      const filter = { type: query.type, fieldOfAction: query.field_of_action, audience: query.audience };
      const { records, total } = await listPublicKnowledge(deps.db, { filter, ...window(request) });
      return envelope({ items: records.map((r) => knowledgeJson(r, deps.config.baseUrl)), total, request, url });
    },
  }),
  read({
    operation: {
      method: 'get',
      path: '/news',
      operationId: 'listNews',
      tag: 'news',
      summary: (t) => t.api.operations.listNews.summary,
      description: (t) => t.api.operations.listNews.description,
      query: newsQuery,
      response: pageOf(newsSchema),
    },
    async handle(deps, { query, url }) {
      const request = paged(query);
      const filter = { type: 'news' as const, fieldOfAction: query.field_of_action, audience: undefined };
      const { records, total } = await listPublicKnowledge(deps.db, { filter, ...window(request) });
      return envelope({ items: records.map((r) => newsJson(r, deps.config.baseUrl)), total, request, url });
    },
  }),
  read({
    operation: {
      method: 'get',
      path: '/funded-projects',
      operationId: 'listFundedProjects',
      tag: 'fundedProjects',
      summary: (t) => t.api.operations.listFundedProjects.summary,
      description: (t) => t.api.operations.listFundedProjects.description,
      query: fundedProjectsQuery,
      response: pageOf(fundedProjectSchema),
    },
    async handle(deps, { query, url }) {
      const request = paged(query);
      const all = await listPublicProjects(deps.db, {
        year: query.year,
        status: query.status,
        fieldOfAction: query.field_of_action,
        competition: query.competition,
      });
      const items = slice(all, request).map((r) => fundedProjectJson(r, deps.config.baseUrl));
      return envelope({ items, total: all.length, request, url });
    },
  }),
  read({
    operation: {
      method: 'get',
      path: '/solutions',
      operationId: 'listSolutions',
      tag: 'solutions',
      summary: (t) => t.api.operations.listSolutions.summary,
      description: (t) => t.api.operations.listSolutions.description,
      query: solutionsQuery,
      response: pageOf(solutionSchema),
    },
    async handle(deps, { query, url }) {
      const request = paged(query);
      const filter = {
        fieldOfAction: query.field_of_action,
        maturity: query.maturity,
        sizeBand: query.size_band,
        openSource: query.open_source === undefined ? undefined : query.open_source === 'true',
      };
      const { records, total } = await listPublicSolutions(deps.db, { filter, ...window(request) });
      return envelope({ items: records.map((r) => solutionJson(r, deps.config.baseUrl)), total, request, url });
    },
  }),
  read({
    operation: {
      method: 'get',
      path: '/challenges',
      operationId: 'listChallenges',
      tag: 'challenges',
      summary: (t) => t.api.operations.listChallenges.summary,
      description: (t) => t.api.operations.listChallenges.description,
      query: challengesQuery,
      response: pageOf(challengeSchema),
    },
    async handle(deps, { query, url, now }) {
      const request = paged(query);
      const { records, total } = await listPublicChallenges(deps.db, { state: query.state, fieldOfAction: query.field_of_action, now, ...window(request) });
      return envelope({ items: records.map((r) => challengeJson(r, deps.config.baseUrl)), total, request, url });
    },
  }),
  read({
    operation: {
      method: 'get',
      path: '/strategies',
      operationId: 'listStrategies',
      tag: 'strategies',
      summary: (t) => t.api.operations.listStrategies.summary,
      description: (t) => t.api.operations.listStrategies.description,
      query: strategiesQuery,
      response: pageOf(strategySchema),
    },
    async handle(deps, { query, url }) {
      const request = paged(query);
      const { records, total } = await listPublicStrategies(deps.db, { fieldOfAction: query.field_of_action, ...window(request) });
      return envelope({ items: records.map((r) => strategyJson(r, deps.config.baseUrl)), total, request, url });
    },
  }),
];
