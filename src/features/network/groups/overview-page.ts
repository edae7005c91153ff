import type { FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import type { AppDeps } from '../../../platform/deps.ts';
import type { FieldError, FormValues } from '../../../platform/http/form.ts';
import { knownNotice } from '../../../platform/http/notice.ts';
import { groupPath } from '../core/paths.ts';
import type { GroupInContext } from '../core/require-group.ts';
import { getGroupOverview } from './service.ts';
import { GroupOverviewPage } from './views/overview.tsx';

/** A group's overview, also shown again with an error of its join or leave form. */
export async function renderOverview(
  deps: AppDeps,
  request: FastifyRequest,
  reply: FastifyReply,
  found: GroupInContext,
  status = 200,
  options: { errors?: FieldError[]; values?: FormValues } = {},
) {
  const overview = await getGroupOverview(deps.db, found, request.user?.id);
  const notice = knownNotice(request, request.t.networkGroups.notices);
  return reply.page(
    h(GroupOverviewPage, {
      ctx: request.view(),
      group: found.group,
      standing: found.standing,
      overview,
      loginHref: `/anmelden?weiter=${encodeURIComponent(groupPath(found.group.slug))}`,
      notice: notice && request.t.networkGroups.notices[notice.word],
      ...options,
    }),
    status,
  );
}
