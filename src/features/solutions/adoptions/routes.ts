import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { requireUser } from '../../../platform/auth/guards.ts';
import type { AppDeps } from '../../../platform/deps.ts';
import { notFound } from '../../../platform/http/errors.ts';
import { newSubmissionId, parseForm, type FieldError, type FormValues } from '../../../platform/http/form.ts';
import { redirectWithNotice } from '../../../platform/http/notice.ts';
import { enforceLimits, type Limit } from '../../../platform/http/rate-limit.ts';
import { runOncePerSubmissionUnlessRefused } from '../../../platform/http/submissions.ts';
import { ADOPTIONS_PATH, adoptionPath, adoptPath, SLUG } from '../core/paths.ts';
import { findPublishedSolution, type SolutionRow } from '../core/repository.ts';
import { answerAdoption } from './answer-adoption.ts';
import { moveAdoption } from './move-adoption.ts';
import { adoptionNotice } from './notices.ts';
import { requestAdoption, type RequestOutcome } from './request-adoption.ts';
import { requireAdoption, type AdoptionAccess } from './require-adoption.ts';
import { targetOf } from './rules.ts';
import { answerForm, reportForm, requestForm, stepForm } from './schema.ts';
import { listAdoptionsOf, myOrganisations } from './service.ts';
import { AdoptPage } from './views/adopt-page.tsx';
import { AdoptionPage } from './views/adoption-page.tsx';
import { AdoptionsPage } from './views/adoptions-page.tsx';
import { writeAdoptionReport } from './write-adoption-report.ts';
import { mailSite } from '../../../platform/mail/site.ts';

export const LIMITS = {
  // Each request mails the owner's managers. A municipality looking for ideas asks a handful of
  // owners a day; a taken-over account must not turn the library into a way to mail them all.
  requestsPerPerson: { name: 'solution-adoption:person', max: 20, windowSeconds: 24 * 60 * 60 },
} satisfies Record<string, Limit>;

type SlugRoute = { Params: { slug: string } };
type IdRoute = { Params: { id: string } };
type FormState = { values?: FormValues; errors?: FieldError[]; submissionId?: string | undefined };

const ADOPTION = adoptionPath(':id');

/**
 * "Nachnutzen": a member of an organisation asks to adopt a published solution; the owner's
 * managers answer; the adopter's managers move it on and write their experience report. Only
 * the members of the two organisations see an adoption (requireAdoption answers 404 to anyone
 * else), and only the managers of the side whose turn it is act on it.
 */
export function adoptionRoutes(app: FastifyInstance, deps: AppDeps): void {
  const guard = { preHandler: requireUser };
  const site = () => mailSite(deps);

  async function requireSolution(slug: string): Promise<SolutionRow> {
    const solution = SLUG.test(slug) ? await findPublishedSolution(deps.db, slug) : undefined;
    if (!solution) throw notFound();
    return solution;
  }

  async function showAdopt(
    request: FastifyRequest,
    reply: FastifyReply,
    solution: SolutionRow,
    form: FormState & { openAdoptionId?: string | undefined } = {},
    status: 200 | 400 | 409 = 200,
  ): Promise<FastifyReply> {
    const page = h(AdoptPage, {
      ctx: request.view(),
      solution,
      organisations: await myOrganisations(deps.db, request.user!.id),
      submissionId: form.submissionId ?? newSubmissionId(),
      values: form.values,
      errors: form.errors,
      openAdoptionId: form.openAdoptionId,
    });
    return reply.page(page, status);
  }

  function showAdoption(
    request: FastifyRequest,
    reply: FastifyReply,
    access: AdoptionAccess,
    form: FormState = {},
    status: 200 | 400 | 409 = 200,
  ): FastifyReply {
    const page = h(AdoptionPage, {
      ctx: request.view(),
      access,
      notice: status === 200 ? adoptionNotice(request) : undefined,
      values: form.values,
      errors: form.errors,
    });
    return reply.page(page, status);
  }

  /** After a refused step, the page as it is now, with the reason on top. */
  async function refuse(request: FastifyRequest, reply: FastifyReply, id: string, message: string, form: FormState = {}): Promise<FastifyReply> {
    return showAdoption(request, reply, await requireAdoption(deps, request, id), { ...form, errors: [{ field: 'form', message }] }, 409);
  }

  app.get<SlugRoute>(adoptPath(':slug'), guard, async (request, reply) => {
    return showAdopt(request, reply, await requireSolution(request.params.slug));
  });

  app.post<SlugRoute>(adoptPath(':slug'), guard, async (request, reply) => {
    const solution = await requireSolution(request.params.slug);
    const form = parseForm(requestForm, request.body, request.t);
    if (!form.ok) return showAdopt(request, reply, solution, form, 400);
    const e = request.t.solutionsAdoptions.errors;
    const values = { organisationId: form.data.organisationId, message: form.data.message };
    const organisation = (await myOrganisations(deps.db, request.user!.id)).find((o) => o.id === form.data.organisationId);
    if (!organisation)
      return showAdopt(
        request,
        reply,
        solution,
        { submissionId: form.submissionId, values, errors: [{ field: 'organisationId', message: e.notYourOrganisation }] },
        400,
      );
    await enforceLimits(deps, [{ limit: LIMITS.requestsPerPerson, subject: request.user!.id }]);
    const mailSite = await site();
    const outcome = await runOncePerSubmissionUnlessRefused<Exclude<RequestOutcome, { kind: 'requested' }>>(deps.db, form.submissionId, async (tx) => {
      const result = await requestAdoption(tx, { actor: request.user!, solutionId: solution.id, organisation, message: form.data.message, site: mailSite });
      return result.kind === 'requested' ? adoptionPath(result.adoption.id) : { refused: result };
    });
    if (!('refused' in outcome)) return redirectWithNotice(reply, outcome.location, { word: 'requested' });
    const refused = outcome.refused;
    switch (refused.kind) {
      case 'notPublished':
        throw notFound();
      case 'ownSolution':
        return showAdopt(
          request,
          reply,
          solution,
          { submissionId: form.submissionId, values, errors: [{ field: 'organisationId', message: e.ownSolution }] },
          409,
        );
      case 'alreadyOpen':
        return showAdopt(
          request,
          reply,
          solution,
          { submissionId: form.submissionId, values, errors: [{ field: 'organisationId', message: e.alreadyOpen }], openAdoptionId: refused.adoptionId },
          409,
        );
    }
  });

  app.get(ADOPTIONS_PATH, guard, async (request, reply) => {
    const organisations = await myOrganisations(deps.db, request.user!.id);
    const { outgoing, incoming } = await listAdoptionsOf(deps.db, organisations);
    return reply.page(h(AdoptionsPage, { ctx: request.view(), organisations, outgoing, incoming }));
  });

  app.get<IdRoute>(ADOPTION, guard, async (request, reply) => {
    return showAdoption(request, reply, await requireAdoption(deps, request, request.params.id));
  });

  app.post<IdRoute>(`${ADOPTION}/antwort`, guard, async (request, reply) => {
    const access = await requireAdoption(deps, request, request.params.id, 'owner');
    const form = parseForm(answerForm, request.body, request.t);
    if (!form.ok) return showAdoption(request, reply, access, form, 400);
    const { adoption } = access;
    const outcome = await answerAdoption(deps.db, {
      actor: request.user!,
      adoptionId: adoption.id,
      decision: form.data.decision,
      answer: form.data.answer,
      ownerName: adoption.ownerName,
      now: new Date(),
      site: await site(),
    });
    if (outcome.kind === 'notFound') throw notFound();
    if (outcome.kind === 'notAllowed') {
      // the same answer sent twice: it is given already
      if (outcome.status === targetOf(form.data.decision)) return reply.redirect(adoptionPath(adoption.id), 303);
      return refuse(request, reply, adoption.id, request.t.solutionsAdoptions.errors.notAllowed);
    }
    return redirectWithNotice(reply, adoptionPath(adoption.id), { word: form.data.decision });
  });

  app.post<IdRoute>(`${ADOPTION}/stand`, guard, async (request, reply) => {
    const access = await requireAdoption(deps, request, request.params.id, 'adopter');
    const form = parseForm(stepForm, request.body, request.t);
    if (!form.ok) return showAdoption(request, reply, access, form, 400);
    const { adoption } = access;
    const { step } = form.data;
    const outcome = await moveAdoption(deps.db, {
      actor: request.user!,
      adoptionId: adoption.id,
      step,
      since: form.data.since,
      reason: form.data.reason,
      now: new Date(),
    });
    const e = request.t.solutionsAdoptions.errors;
    switch (outcome.kind) {
      case 'notFound':
        throw notFound();
      case 'futureMonth':
        return showAdoption(
          request,
          reply,
          access,
          {
            values: { month: String(form.data.since?.month ?? ''), year: String(form.data.since?.year ?? '') },
            errors: [{ field: 'month', message: e.futureMonth }],
          },
          400,
        );
      case 'notAllowed':
        if (outcome.status === targetOf(step)) return reply.redirect(adoptionPath(adoption.id), 303);
        return refuse(request, reply, adoption.id, e.notAllowed);
      default:
        return redirectWithNotice(reply, adoptionPath(adoption.id), { word: step });
    }
  });

  app.post<IdRoute>(`${ADOPTION}/bericht`, guard, async (request, reply) => {
    const access = await requireAdoption(deps, request, request.params.id, 'adopter');
    const form = parseForm(reportForm, request.body, request.t);
    if (!form.ok) return showAdoption(request, reply, access, form, 400);
    const { adoption } = access;
    const report = { reportChanges: form.data.reportChanges, reportCosts: form.data.reportCosts, reportLessons: form.data.reportLessons };
    const outcome = await writeAdoptionReport(deps.db, { actor: request.user!, adoptionId: adoption.id, report, now: new Date() });
    if (outcome.kind === 'notFound') throw notFound();
    if (outcome.kind === 'notYet') return refuse(request, reply, adoption.id, request.t.solutionsAdoptions.errors.notYet, { values: report });
    return redirectWithNotice(reply, adoptionPath(adoption.id), { word: 'reported' });
  });
}
