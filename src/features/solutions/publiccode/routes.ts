import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { stringify } from 'yaml';
import { requireUser } from '../../../platform/auth/guards.ts';
import type { AppDeps } from '../../../platform/deps.ts';
import { badRequest, HttpError, notFound } from '../../../platform/http/errors.ts';
import { newSubmissionId, parseForm, type FieldError } from '../../../platform/http/form.ts';
import { redirectWithNotice } from '../../../platform/http/notice.ts';
import { runOncePerSubmission } from '../../../platform/http/submissions.ts';
import { getManagedOrganisations } from '../../organisations/service.ts';
import { editSolutionPath, IMPORT_PATH, publiccodePath, RESERVED_SLUGS, SLUG } from '../core/paths.ts';
import { findPublishedSolution } from '../core/repository.ts';
import { isSoftwareSolution } from '../core/software-solution.ts';
import { importSolution } from './import-solution.ts';
import { problemText } from './problem-text.ts';
import { solutionToPubliccode } from './publiccode-mapping.ts';
import { readPubliccode } from './read-publiccode.ts';
import { FILE_FIELD, receiveImportForm, TEXT_FIELD, type ImportFormBody } from './receive-import-form.ts';
import { importForm } from './schema.ts';
import { ImportPage, type ImportPageProps } from './views/import-page.tsx';

type SlugRoute = { Params: { slug: string } };

/** A publiccode.yml is a short description; 100 KB is far more than any real one needs. */
export const IMPORT_MAX_BYTES = 100 * 1024;

/**
 * A software solution's publiccode.yml: the download of a published one, and the import of a
 * file as a new draft of an organisation the person manages.
 */
export function publiccodeRoutes(app: FastifyInstance, deps: AppDeps): void {
  const guard = { preHandler: requireUser };

  // Only a published software solution has a file; a draft's guessed slug is not found.
  app.get<SlugRoute>(publiccodePath(':slug'), async (request, reply) => {
    const { slug } = request.params;
    const solution = SLUG.test(slug) && !RESERVED_SLUGS.has(slug) ? await findPublishedSolution(deps.db, slug) : undefined;
    if (!solution || !isSoftwareSolution(solution)) throw notFound();
    return (
      reply
        .header('content-type', 'text/yaml; charset=utf-8')
        .header('content-disposition', 'attachment; filename="publiccode.yml"')
        // literal blocks keep the Markdown's lines as written, for people who read the file
        .send(stringify(solutionToPubliccode(solution), { lineWidth: 0, blockQuote: 'literal' }))
    );
  });

  async function managed(request: FastifyRequest) {
    const organisations = (await getManagedOrganisations(deps.db, request.user!.id)).map((o) => ({ id: o.id, name: o.name }));
    // only managers describe their organisation's solutions, as with a new one
    if (organisations.length === 0) throw new HttpError('forbidden');
    return organisations;
  }

  const page = (request: FastifyRequest, reply: FastifyReply, props: Omit<ImportPageProps, 'ctx'>, status = 200) =>
    reply.page(h(ImportPage, { ctx: request.view(), ...props }), status);

  app.get(IMPORT_PATH, guard, async (request, reply) => {
    const organisations = await managed(request);
    return page(request, reply, { organisations, submissionId: newSubmissionId() });
  });

  app.post(IMPORT_PATH, guard, async (request, reply) => {
    const organisations = await managed(request);
    if (!request.isMultipart()) throw badRequest('import form must be multipart');
    const body = await receiveImportForm(request, IMPORT_MAX_BYTES);
    const form = parseForm(importForm, body.fields, request.t);
    const errors: FieldError[] = form.ok ? [] : [...form.errors];
    // The choice offers only the person's organisations; another id is a stale or hand-made form.
    if (form.ok && !organisations.some((o) => o.id === form.data.organisationId)) {
      errors.push({ field: 'organisationId', message: request.t.solutionsPublicCode.errors.organisation });
    }
    const source = readSource(request, body, form.ok ? form.data.text : String(body.fields[TEXT_FIELD] ?? ''));
    errors.push(...source.errors);
    const values = { organisationId: String(body.fields.organisationId ?? ''), text: String(body.fields[TEXT_FIELD] ?? '') };
    const submissionId = form.submissionId ?? newSubmissionId();
    if (!form.ok || errors.length > 0 || !source.profile) {
      return page(request, reply, { organisations, submissionId, values, errors, chooseAgain: body.file?.name }, 400);
    }
    const { profile } = source;
    const organisationId = form.data.organisationId;
    const outcome = await runOncePerSubmission(deps.db, form.submissionId, async (tx) => {
      const solution = await importSolution(tx, { actor: request.user!, organisationId, profile });
      return editSolutionPath(solution.id);
    });
    return redirectWithNotice(reply, outcome.location, { word: 'imported' });
  });
}

/**
 * The publiccode.yml of the form – exactly one of the file and the pasted text – read into a
 * profile, or the errors that say why not: for the file's content each one with its line.
 */
function readSource(request: FastifyRequest, body: ImportFormBody, pasted: string) {
  const e = request.t.solutionsPublicCode.errors;
  const fail = (field: string, message: string) => ({ errors: [{ field, message }], profile: undefined });
  const hasText = pasted.trim() !== '' || body.textTooLarge;
  if (body.file && hasText) return fail(TEXT_FIELD, e.both);
  if (!body.file && !hasText) return fail(FILE_FIELD, e.missing);
  const field = body.file ? FILE_FIELD : TEXT_FIELD;
  let text = pasted;
  if (body.file) {
    if (body.file.tooLarge) return fail(field, e.tooLarge);
    if (body.file.bytes.length === 0) return fail(field, e.empty);
    try {
      // fatal: a file in Latin-1 or UTF-16 is refused rather than read with replacement characters
      text = new TextDecoder('utf-8', { fatal: true }).decode(body.file.bytes);
    } catch {
      return fail(field, e.notUtf8);
    }
  } else if (body.textTooLarge) {
    return fail(field, e.tooLarge);
  }
  const read = readPubliccode(text);
  if (read.kind === 'empty') return fail(field, e.empty);
  if (read.kind === 'problems') return { errors: read.problems.map((p) => ({ field, message: problemText(request.t, p) })), profile: undefined };
  return { errors: [], profile: read.profile };
}
