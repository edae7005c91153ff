import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import { loginRedirect } from '../../../platform/auth/guards.ts';
import type { Executor } from '../../../platform/db/client.ts';
import type { AppDeps } from '../../../platform/deps.ts';
import { notFound } from '../../../platform/http/errors.ts';
import { listFieldsOfAction } from '../../../platform/taxonomy/fields-of-action.ts';
import { getManagedOrganisations } from '../../organisations/service.ts';
import { currentApplicationsOf } from '../core/application-repository.ts';
import { ineligibility } from '../core/eligibility.ts';
import { listCriteria, listFormSections } from '../core/form-repository.ts';
import { ARCHIVE_PATH, PUBLIC_PATH, SLUG } from '../core/paths.ts';
import { findPublishedCallBySlug, listCurrentCalls, listPastCalls } from '../core/repository.ts';
import { fundedTotalsByCall, listShowcase } from '../projects/repository.ts';
import { ArchivePage, CallListPage, CallPage, type ApplicantView, type CallDocumentLink, type CallResult } from './views/public.tsx';

type SlugRoute = { Params: { slug: string } };

/**
 * Reads a call's documents. They are documents/'s, and the feature's index.ts hands the reader
 * in: a sub-area imports at most one other, and calls/ imports projects/.
 */
export type CallDocumentsReader = (db: Executor, callId: string) => Promise<CallDocumentLink[]>;

/** The public side of calls: the current ones, the archive, one call with its conditions. */
export function callPublicRoutes(app: FastifyInstance, deps: AppDeps, documentsOf: CallDocumentsReader): void {
  const publicPage = { config: { publicPage: {} } };

  app.get(PUBLIC_PATH, publicPage, async (request, reply) => {
    const now = new Date();
    return reply.page(h(CallListPage, { ctx: request.view(), calls: await listCurrentCalls(deps.db, now), now }));
  });

  app.get(ARCHIVE_PATH, publicPage, async (request, reply) => {
    const now = new Date();
    const calls = await listPastCalls(deps.db, now);
    const totals = await fundedTotalsByCall(
      deps.db,
      calls.map((c) => c.id),
    );
    const results = new Map<string, CallResult>(calls.map((c) => [c.id, totals.get(c.id) ?? { projects: 0, amountCents: 0 }]));
    return reply.page(h(ArchivePage, { ctx: request.view(), calls, results, now }));
  });

  app.get<SlugRoute>(`${PUBLIC_PATH}/:slug`, publicPage, async (request, reply) => {
    const call = SLUG.test(request.params.slug) ? await findPublishedCallBySlug(deps.db, request.params.slug) : undefined;
    if (!call) throw notFound();
    const user = request.user;
    let applicant: ApplicantView;
    if (!user) applicant = { kind: 'anonymous', loginHref: loginRedirect(request) };
    else {
      const managed = await getManagedOrganisations(deps.db, user.id);
      const current = await currentApplicationsOf(
        deps.db,
        call.id,
        managed.map((o) => o.id),
      );
      applicant =
        managed.length === 0
          ? { kind: 'noOrganisation' }
          : {
              kind: 'organisations',
              organisations: managed.map((o) => ({ id: o.id, name: o.name, slug: o.slug, reasons: ineligibility(call, o), applicationId: current.get(o.id) })),
            };
    }
    const fields = await listFieldsOfAction(deps.db);
    const projects = await listShowcase(deps.db, { callSlug: call.slug });
    const sections = (await listFormSections(deps.db, call.id)).map((s) => s.title);
    const criteria = await listCriteria(deps.db, call.id);
    const documents = await documentsOf(deps.db, call.id);
    return reply.page(h(CallPage, { ctx: request.view(), call, fields, applicant, projects, sections, criteria, documents, now: new Date() }));
  });
}
