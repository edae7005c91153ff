import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import type { AppDeps } from '../../../platform/deps.ts';
import { atomFeed } from '../../../platform/feeds/atom.ts';
import { CHALLENGES_PATH, challengePath, FEED_PATH } from '../core/paths.ts';
import { requireChallenge } from '../core/require-challenge.ts';
import { listQuery } from './schema.ts';
import { getChallengeList, getChallengePage, getFeedEntries } from './service.ts';
import { ChallengeListPage } from './views/challenge-list.tsx';
import { ChallengePage } from './views/challenge-page.tsx';

const ATOM = 'application/atom+xml; charset=utf-8';
const FEED_SIZE = 30;

type SlugRoute = { Params: { slug: string } };

/** The public side of the Call for Solutions: the list with its filters, the feed, a challenge's page. */
export function catalogueRoutes(app: FastifyInstance, deps: AppDeps): void {
  // the same for every anonymous visitor: reused for a moment (src/platform/http/page-cache.ts)
  const publicPage = { config: { publicPage: {} } };

  app.get(CHALLENGES_PATH, { config: { publicPage: { query: listQuery } } }, async (request, reply) => {
    const query = listQuery.parse(request.query ?? {});
    const list = await getChallengeList(deps.db, { state: query.stand, field: query.handlungsfeld, page: query.seite, user: request.user, now: new Date() });
    return reply.page(h(ChallengeListPage, { ctx: request.view(), list }));
  });

  app.get(FEED_PATH, async (request, reply) => {
    const base = deps.config.baseUrl;
    const m = request.t.challengesCatalogue.feed;
    const entries = await getFeedEntries(deps.db, FEED_SIZE);
    const { siteName } = await deps.settings.get();
    const xml = atomFeed({
      id: `${base}${FEED_PATH}`,
      title: m.title,
      subtitle: m.subtitle,
      selfUrl: `${base}${FEED_PATH}`,
      htmlUrl: `${base}${CHALLENGES_PATH}`,
      language: request.locale,
      fallbackUpdated: new Date(0),
      entries: entries.map(({ challenge, organisation }) => ({
        // the id must never change, even when the title or address does
        id: `urn:uuid:${challenge.id}`,
        title: challenge.title,
        summary: challenge.summary,
        url: `${base}${challengePath(challenge.slug)}`,
        author: organisation?.name ?? siteName,
        published: challenge.publishedAt ?? challenge.createdAt,
        // an entry is never updated before it was published, whatever order the rows were written in
        updated: challenge.publishedAt && challenge.publishedAt > challenge.updatedAt ? challenge.publishedAt : challenge.updatedAt,
      })),
    });
    return reply.header('content-type', ATOM).header('cache-control', 'no-cache').send(xml);
  });

  app.get<SlugRoute>(`${CHALLENGES_PATH}/:slug`, publicPage, async (request, reply) => {
    const challenge = await requireChallenge(deps.db, request.params.slug, request.user);
    const page = await getChallengePage(deps.db, { challenge, user: request.user, now: new Date() });
    return reply.page(h(ChallengePage, { ctx: request.view(), page }));
  });
}
