import type { FastifyInstance, preHandlerHookHandler } from 'fastify';
import { h } from 'preact';
import type { AppDeps } from '../../platform/deps.ts';
import { notFound } from '../../platform/http/errors.ts';
import { newSubmissionId, parseForm } from '../../platform/http/form.ts';
import { runOncePerSubmission } from '../../platform/http/submissions.ts';
import { saveConsent } from './edit-event.ts';
import { addProgrammeItem, deleteProgrammeItem, updateProgrammeItem } from './edit-programme.ts';
import {
  addQuestion,
  addWorldCafeQuestion,
  deleteQuestion,
  deleteWorldCafeQuestion,
  moveQuestion,
  moveWorldCafeQuestion,
  updateQuestion,
  updateWorldCafeQuestion,
} from './edit-questions.ts';
import {
  EDITOR_PATH,
  getProgramme,
  listDatesOfEvent,
  listQuestionsOfEvent,
  listWorldCafeQuestionsOfEvent,
  requireEvent,
} from './event-service.ts';
import { consentForm, moveForm, programmeItemForm, questionForm, worldCafeForm } from './schema.ts';
import { ConsentPage } from './views/editor-consent.tsx';
import { itemValues, ProgrammeItemPage, ProgrammePage } from './views/editor-programme.tsx';
import { QuestionPage, QuestionsPage, questionValues } from './views/editor-questions.tsx';
import { parseNotice, sectionPath, withNotice } from './views/editor-shared.tsx';
import { WorldCafeQuestionPage, WorldCafeQuestionsPage } from './views/editor-world-cafe.tsx';

type EventRoute = { Params: { id: string }; Querystring: { hinweis?: string } };
type EntryRoute = { Params: { id: string; entryId: string } };

/** The programme, the registration questions, the consent text and the World Café questions. */
export function editorContentRoutes(app: FastifyInstance, deps: AppDeps, canEdit: preHandlerHookHandler): void {
  const at = (path: string) => `${EDITOR_PATH}/:id${path}`;
  const guard = { preHandler: canEdit };

  // ---- programme ----------------------------------------------------------------------------

  async function programmeOf(eventId: string) {
    const dates = await listDatesOfEvent(deps.db, eventId);
    return { dates, programme: await getProgramme(deps.db, eventId, dates) };
  }

  app.get<EventRoute>(at('/programm'), guard, async (request, reply) => {
    const event = await requireEvent(deps.db, request.params.id);
    const notice = parseNotice(request.query.hinweis);
    return reply.page(h(ProgrammePage, { ctx: request.view(), event, ...(await programmeOf(event.id)), submissionId: newSubmissionId(), notice }));
  });

  app.post<EventRoute>(at('/programm'), guard, async (request, reply) => {
    const event = await requireEvent(deps.db, request.params.id);
    const form = parseForm(programmeItemForm, request.body, request.t);
    if (!form.ok) {
      const submissionId = form.submissionId ?? newSubmissionId();
      const page = h(ProgrammePage, { ctx: request.view(), event, ...(await programmeOf(event.id)), submissionId, values: form.values, errors: form.errors });
      return reply.page(page, 400);
    }
    const { location } = await runOncePerSubmission(deps.db, form.submissionId, async (tx) => {
      await addProgrammeItem(tx, request.user!, event.id, form.data);
      return withNotice(sectionPath(event.id, 'programme'), 'added');
    });
    return reply.redirect(location, 303);
  });

  app.get<EntryRoute>(at('/programm/:entryId'), guard, async (request, reply) => {
    const event = await requireEvent(deps.db, request.params.id);
    const { dates, programme } = await programmeOf(event.id);
    const entry = programme.find((p) => p.item.id === request.params.entryId);
    if (!entry) throw notFound();
    return reply.page(h(ProgrammeItemPage, { ctx: request.view(), event, dates, itemId: entry.item.id, values: itemValues(entry, dates) }));
  });

  app.post<EntryRoute>(at('/programm/:entryId'), guard, async (request, reply) => {
    const event = await requireEvent(deps.db, request.params.id);
    const { dates, programme } = await programmeOf(event.id);
    const entry = programme.find((p) => p.item.id === request.params.entryId);
    if (!entry) throw notFound();
    const form = parseForm(programmeItemForm, request.body, request.t);
    if (!form.ok) {
      return reply.page(h(ProgrammeItemPage, { ctx: request.view(), event, dates, itemId: entry.item.id, values: form.values, errors: form.errors }), 400);
    }
    await updateProgrammeItem(deps.db, request.user!, event.id, entry.item.id, form.data);
    return reply.redirect(withNotice(sectionPath(event.id, 'programme'), 'saved'), 303);
  });

  app.post<EntryRoute>(at('/programm/:entryId/loeschen'), guard, async (request, reply) => {
    const event = await requireEvent(deps.db, request.params.id);
    await deleteProgrammeItem(deps.db, request.user!, event.id, request.params.entryId);
    return reply.redirect(withNotice(sectionPath(event.id, 'programme'), 'deleted'), 303);
  });

  // ---- registration questions -----------------------------------------------------------------

  app.get<EventRoute>(at('/fragen'), guard, async (request, reply) => {
    const event = await requireEvent(deps.db, request.params.id);
    const questions = await listQuestionsOfEvent(deps.db, event.id);
    const notice = parseNotice(request.query.hinweis);
    return reply.page(h(QuestionsPage, { ctx: request.view(), event, questions, submissionId: newSubmissionId(), notice }));
  });

  app.post<EventRoute>(at('/fragen'), guard, async (request, reply) => {
    const event = await requireEvent(deps.db, request.params.id);
    const form = parseForm(questionForm, request.body, request.t);
    if (!form.ok) {
      const questions = await listQuestionsOfEvent(deps.db, event.id);
      const submissionId = form.submissionId ?? newSubmissionId();
      return reply.page(h(QuestionsPage, { ctx: request.view(), event, questions, submissionId, values: form.values, errors: form.errors }), 400);
    }
    const { location } = await runOncePerSubmission(deps.db, form.submissionId, async (tx) => {
      await addQuestion(tx, request.user!, event.id, form.data);
      return withNotice(sectionPath(event.id, 'questions'), 'added');
    });
    return reply.redirect(location, 303);
  });

  async function questionOf(eventId: string, id: string) {
    const question = (await listQuestionsOfEvent(deps.db, eventId)).find((q) => q.id === id);
    if (!question) throw notFound();
    return question;
  }

  app.get<EntryRoute>(at('/fragen/:entryId'), guard, async (request, reply) => {
    const event = await requireEvent(deps.db, request.params.id);
    const question = await questionOf(event.id, request.params.entryId);
    return reply.page(h(QuestionPage, { ctx: request.view(), event, questionId: question.id, values: questionValues(question) }));
  });

  app.post<EntryRoute>(at('/fragen/:entryId'), guard, async (request, reply) => {
    const event = await requireEvent(deps.db, request.params.id);
    const question = await questionOf(event.id, request.params.entryId);
    const form = parseForm(questionForm, request.body, request.t);
    if (!form.ok) {
      return reply.page(h(QuestionPage, { ctx: request.view(), event, questionId: question.id, values: form.values, errors: form.errors }), 400);
    }
    await updateQuestion(deps.db, request.user!, event.id, question.id, form.data);
    return reply.redirect(withNotice(sectionPath(event.id, 'questions'), 'saved'), 303);
  });

  app.post<EntryRoute>(at('/fragen/:entryId/loeschen'), guard, async (request, reply) => {
    const event = await requireEvent(deps.db, request.params.id);
    await deleteQuestion(deps.db, request.user!, event.id, request.params.entryId);
    return reply.redirect(withNotice(sectionPath(event.id, 'questions'), 'deleted'), 303);
  });

  app.post<EntryRoute>(at('/fragen/:entryId/verschieben'), guard, async (request, reply) => {
    const event = await requireEvent(deps.db, request.params.id);
    const question = await questionOf(event.id, request.params.entryId);
    const form = parseForm(moveForm, request.body, request.t);
    // Only the two buttons send this form; anything else is not a person's mistake.
    if (!form.ok) return reply.redirect(sectionPath(event.id, 'questions'), 303);
    await moveQuestion(deps.db, request.user!, event.id, question.id, form.data.direction);
    return reply.redirect(withNotice(sectionPath(event.id, 'questions'), 'moved'), 303);
  });

  // ---- consent ----------------------------------------------------------------------------------

  app.get<EventRoute>(at('/einwilligung'), guard, async (request, reply) => {
    const event = await requireEvent(deps.db, request.params.id);
    return reply.page(h(ConsentPage, { ctx: request.view(), event, notice: parseNotice(request.query.hinweis) }));
  });

  app.post<EventRoute>(at('/einwilligung'), guard, async (request, reply) => {
    const event = await requireEvent(deps.db, request.params.id);
    const form = parseForm(consentForm, request.body, request.t);
    if (!form.ok) return reply.page(h(ConsentPage, { ctx: request.view(), event, values: form.values, errors: form.errors }), 400);
    const { changed } = await saveConsent(deps.db, request.user!, event.id, form.data.consentText);
    return reply.redirect(withNotice(sectionPath(event.id, 'consent'), changed ? 'consentSaved' : 'consentUnchanged'), 303);
  });

  // ---- World Café questions --------------------------------------------------------------------

  app.get<EventRoute>(at('/world-cafe-fragen'), guard, async (request, reply) => {
    const event = await requireEvent(deps.db, request.params.id);
    const questions = await listWorldCafeQuestionsOfEvent(deps.db, event.id);
    const notice = parseNotice(request.query.hinweis);
    return reply.page(h(WorldCafeQuestionsPage, { ctx: request.view(), event, questions, submissionId: newSubmissionId(), notice }));
  });

  app.post<EventRoute>(at('/world-cafe-fragen'), guard, async (request, reply) => {
    const event = await requireEvent(deps.db, request.params.id);
    const form = parseForm(worldCafeForm, request.body, request.t);
    if (!form.ok) {
      const questions = await listWorldCafeQuestionsOfEvent(deps.db, event.id);
      const submissionId = form.submissionId ?? newSubmissionId();
      return reply.page(h(WorldCafeQuestionsPage, { ctx: request.view(), event, questions, submissionId, values: form.values, errors: form.errors }), 400);
    }
    const { location } = await runOncePerSubmission(deps.db, form.submissionId, async (tx) => {
      await addWorldCafeQuestion(tx, request.user!, event.id, form.data.question);
      return withNotice(sectionPath(event.id, 'worldCafe'), 'added');
    });
    return reply.redirect(location, 303);
  });

  async function worldCafeQuestionOf(eventId: string, id: string) {
    const question = (await listWorldCafeQuestionsOfEvent(deps.db, eventId)).find((q) => q.id === id);
    if (!question) throw notFound();
    return question;
  }

  app.get<EntryRoute>(at('/world-cafe-fragen/:entryId'), guard, async (request, reply) => {
    const event = await requireEvent(deps.db, request.params.id);
    const question = await worldCafeQuestionOf(event.id, request.params.entryId);
    return reply.page(h(WorldCafeQuestionPage, { ctx: request.view(), event, questionId: question.id, values: { question: question.question } }));
  });

  app.post<EntryRoute>(at('/world-cafe-fragen/:entryId'), guard, async (request, reply) => {
    const event = await requireEvent(deps.db, request.params.id);
    const question = await worldCafeQuestionOf(event.id, request.params.entryId);
    const form = parseForm(worldCafeForm, request.body, request.t);
    if (!form.ok) {
      return reply.page(h(WorldCafeQuestionPage, { ctx: request.view(), event, questionId: question.id, values: form.values, errors: form.errors }), 400);
    }
    await updateWorldCafeQuestion(deps.db, request.user!, event.id, question.id, form.data.question);
    return reply.redirect(withNotice(sectionPath(event.id, 'worldCafe'), 'saved'), 303);
  });

  app.post<EntryRoute>(at('/world-cafe-fragen/:entryId/loeschen'), guard, async (request, reply) => {
    const event = await requireEvent(deps.db, request.params.id);
    await deleteWorldCafeQuestion(deps.db, request.user!, event.id, request.params.entryId);
    return reply.redirect(withNotice(sectionPath(event.id, 'worldCafe'), 'deleted'), 303);
  });

  app.post<EntryRoute>(at('/world-cafe-fragen/:entryId/verschieben'), guard, async (request, reply) => {
    const event = await requireEvent(deps.db, request.params.id);
    const question = await worldCafeQuestionOf(event.id, request.params.entryId);
    const form = parseForm(moveForm, request.body, request.t);
    if (!form.ok) return reply.redirect(sectionPath(event.id, 'worldCafe'), 303);
    await moveWorldCafeQuestion(deps.db, request.user!, event.id, question.id, form.data.direction);
    return reply.redirect(withNotice(sectionPath(event.id, 'worldCafe'), 'moved'), 303);
  });
}
