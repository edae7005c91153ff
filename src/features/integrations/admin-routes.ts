import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import { requirePermission } from '../../platform/auth/guards.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { notFound } from '../../platform/http/errors.ts';
import { newSubmissionId, parseForm, toValues } from '../../platform/http/form.ts';
import { knownNotice, redirectWithNotice } from '../../platform/http/notice.ts';
import { runOncePerSubmissionUnlessRefused } from '../../platform/http/submissions.ts';
import { isUuid } from '../../platform/text/uuid.ts';
import { issueToken } from './issue-token.ts';
import { ISSUE_PATH, TOKENS_PATH, tokenAnchor } from './paths.ts';
import { findTokenRow, listTokenRows } from './repository.ts';
import { revokeToken } from './revoke-token.ts';
import { issueTokenForm, revokeTokenForm } from './schema.ts';
import { IssuedTokenPage, IssueTokenPage } from './views/issue-page.tsx';
import { RevokeTokenPage } from './views/revoke-page.tsx';
import { TokensPage } from './views/tokens-page.tsx';

type IdRoute = { Params: { id: string } };

/** Administrators issue and revoke the API's tokens (admin:api-tokens). */
export function adminRoutes(app: FastifyInstance, deps: AppDeps): void {
  const canManage = requirePermission('admin:api-tokens');

  app.get(TOKENS_PATH, { preHandler: canManage }, async (request, reply) => {
    const notice = knownNotice(request, request.t.integrations.notices)?.word;
    return reply.page(h(TokensPage, { ctx: request.view(), tokens: await listTokenRows(deps.db), now: new Date(), notice }));
  });

  app.get(ISSUE_PATH, { preHandler: canManage }, async (request, reply) => {
    return reply.page(h(IssueTokenPage, { ctx: request.view(), submissionId: newSubmissionId() }));
  });

  app.post(ISSUE_PATH, { preHandler: canManage }, async (request, reply) => {
    const form = parseForm(issueTokenForm, request.body, request.t);
    if (!form.ok) {
      const submissionId = form.submissionId ?? newSubmissionId();
      return reply.page(h(IssueTokenPage, { ctx: request.view(), submissionId, values: form.values, errors: form.errors }), 400);
    }
    // The token leaves the transaction only here, to be shown once; it is never stored.
    let issued: { name: string; token: string } | undefined;
    const outcome = await runOncePerSubmissionUnlessRefused(deps.db, form.submissionId, async (tx) => {
      const result = await issueToken(tx, { actor: request.user!, input: form.data, now: new Date() });
      if (result.kind !== 'issued') return { refused: result };
      issued = { name: result.row.name, token: result.token };
      return `${TOKENS_PATH}#${tokenAnchor(result.row.id)}`;
    });
    if ('refused' in outcome) {
      const errors = [{ field: 'expiresOn', message: request.t.integrations.validation.expiryPast }];
      const values = toValues(request.body as Record<string, unknown>);
      return reply.page(h(IssueTokenPage, { ctx: request.view(), submissionId: form.submissionId!, values, errors }), 400);
    }
    if (outcome.repeated || !issued) return redirectWithNotice(reply, outcome.location, { word: 'alreadyIssued' });
    reply.header('cache-control', 'no-store');
    return reply.page(h(IssuedTokenPage, { ctx: request.view(), ...issued }));
  });

  app.get<IdRoute>(`${TOKENS_PATH}/:id/widerrufen`, { preHandler: canManage }, async (request, reply) => {
    const token = isUuid(request.params.id) ? await findTokenRow(deps.db, request.params.id) : undefined;
    if (!token) throw notFound();
    return reply.page(h(RevokeTokenPage, { ctx: request.view(), token }));
  });

  app.post<IdRoute>(`${TOKENS_PATH}/:id/widerrufen`, { preHandler: canManage }, async (request, reply) => {
    parseForm(revokeTokenForm, request.body, request.t);
    const outcome = await revokeToken(deps, { actor: request.user!, tokenId: request.params.id });
    if (outcome === 'notFound') throw notFound();
    return redirectWithNotice(reply, TOKENS_PATH, { word: outcome });
  });
}
