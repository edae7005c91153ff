import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { API_PREFIX, ApiProblem, parseApiInput } from '../../platform/api/problem.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { isLimitReached, withinLimit, type Limit } from '../../platform/http/rate-limit.ts';
import type { Refusal } from '../../platform/http/submissions.ts';
import { createEventFromApi } from '../events/editor/api-service.ts';
import { createNewsFromApi } from '../knowledge/integration-service.ts';
import { createEventOperation, createNewsOperation } from './api-operations.ts';
import type { CreatedResponse } from './api-schema.ts';
import { authenticateToken, tokenActor } from './authenticate-token.ts';
import type { ApiTokenRow } from './repository.ts';
import { idempotencyKeyHeader } from './schema.ts';
import type { ApiScope } from './tables.ts';
import { bearerToken } from './token.ts';
import { writeOncePerKey } from './write-once.ts';

const LIMITS = {
  // Wrong, revoked or expired tokens from one address. A 256-bit token cannot be guessed, but a
  // client that keeps trying is stopped; a misconfigured integration fails long before this.
  failedTokensPerClient: { name: 'api-token-failed:ip', max: 20, windowSeconds: 15 * 60 },
} satisfies Record<string, Limit>;

const REALM = 'Bearer realm="api"';

/**
 * The token of the request, with the scope the operation needs, or the problem: 401 for no,
 * a forged, a revoked or an expired token (RFC 6750: no error code when none was sent), 403 for
 * a token without the scope, 429 for an address that sent too many wrong ones.
 */
async function requireToken(deps: AppDeps, request: FastifyRequest, scope: ApiScope): Promise<ApiTokenRow> {
  if (await isLimitReached(deps, LIMITS.failedTokensPerClient, request.ip)) {
    throw new ApiProblem(429, (t) => t.integrations.problems.tooManyFailures, [], { 'retry-after': String(LIMITS.failedTokensPerClient.windowSeconds) });
  }
  const presented = bearerToken(request.headers.authorization);
  if (presented === undefined) throw new ApiProblem(401, (t) => t.integrations.problems.missingToken, [], { 'www-authenticate': REALM });
  const check = await authenticateToken(deps.db, { presented, scope, now: new Date() });
  if (check.kind === 'invalid') {
    await withinLimit(deps, LIMITS.failedTokensPerClient, request.ip);
    throw new ApiProblem(401, (t) => t.integrations.problems.invalidToken, [], { 'www-authenticate': `${REALM}, error="invalid_token"` });
  }
  if (check.kind === 'insufficientScope') {
    throw new ApiProblem(403, (t) => t.integrations.problems.insufficientScope(scope), [], {
      'www-authenticate': `${REALM}, error="insufficient_scope", scope="${scope}"`,
    });
  }
  return check.token;
}

function requireIdempotencyKey(request: FastifyRequest): string {
  const parsed = idempotencyKeyHeader.safeParse(request.headers['idempotency-key']);
  if (!parsed.success) {
    throw new ApiProblem(400, (t) => t.integrations.problems.idempotencyKey, [
      { path: 'header.Idempotency-Key', message: 'required, 8 to 200 visible ASCII characters' },
    ]);
  }
  return parsed.data;
}

type Refused = { kind: 'unknownField' };

/** 201 with the record; a retry with the same key gets the same answer, marked as a replay. */
function sendCreated(deps: AppDeps, reply: FastifyReply, outcome: { location: string; repeated: boolean } | Refusal<Refused>): FastifyReply {
  if ('refused' in outcome) {
    throw new ApiProblem(400, (t) => t.integrations.problems.unknownField, [{ path: 'body.fieldsOfAction', message: 'unknown field of action' }]);
  }
  const editorUrl = `${deps.config.baseUrl}${outcome.location}`;
  const body: CreatedResponse = { id: outcome.location.slice(outcome.location.lastIndexOf('/') + 1), status: 'draft', editorUrl };
  if (outcome.repeated) reply.header('idempotent-replayed', 'true');
  return reply.status(201).header('cache-control', 'no-store').header('location', editorUrl).send(body);
}

/** The API's writes for integrations: each authenticated by a token alone, never by a session. */
export function apiWriteRoutes(app: FastifyInstance, deps: AppDeps): void {
  const config = { bearerTokenOnly: true } as const;

  app.post(`${API_PREFIX}${createEventOperation.path}`, { config }, async (request, reply) => {
    const token = await requireToken(deps, request, 'events:write');
    const idempotencyKey = requireIdempotencyKey(request);
    const { dates, ...event } = parseApiInput(createEventOperation.body, request.body, 'body');
    const outcome = await writeOncePerKey<Refused>(deps.db, {
      tokenId: token.id,
      operationId: createEventOperation.operationId,
      idempotencyKey,
      work: async (tx) => {
        const created = await createEventFromApi(tx, { actor: tokenActor(token), event, dates });
        return created.kind === 'created' ? created.editorPath : { refused: created };
      },
    });
    return sendCreated(deps, reply, outcome);
  });

  app.post(`${API_PREFIX}${createNewsOperation.path}`, { config }, async (request, reply) => {
    const token = await requireToken(deps, request, 'news:write');
    const idempotencyKey = requireIdempotencyKey(request);
    const input = parseApiInput(createNewsOperation.body, request.body, 'body');
    const outcome = await writeOncePerKey<Refused>(deps.db, {
      tokenId: token.id,
      operationId: createNewsOperation.operationId,
      idempotencyKey,
      work: async (tx) => {
        const created = await createNewsFromApi(tx, { actor: tokenActor(token), input });
        return created.kind === 'created' ? created.editorPath : { refused: created };
      },
    });
    return sendCreated(deps, reply, outcome);
  });
}
