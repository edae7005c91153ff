import type { FastifyInstance, preHandlerHookHandler } from 'fastify';
import { h } from 'preact';
import type { AppDeps } from '../../../platform/deps.ts';
import { notFound } from '../../../platform/http/errors.ts';
import { parseForm } from '../../../platform/http/form.ts';
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
import { EDITOR_PATH } from '../core/paths.ts';
import { formatClock } from '../../../platform/i18n/dates.ts';
import { itemTimeProblem } from '../core/programme.ts';
import { dateWhere } from '../core/places.ts';
import { getProgrammeList } from './editor-service.ts';
import { listQuestionRows, listWorldCafeRows } from '../core/event-repository.ts';
import { requireEvent } from '../core/require-event.ts';
import { orderedListRoutes } from './ordered-list-routes.ts';
import { consentForm, programmeItemForm, questionForm, worldCafeForm } from '../core/schema.ts';
import { ConsentPage } from './views/consent.tsx';
import { itemValues, ProgrammeItemPage, ProgrammePage } from './views/programme.tsx';
import { QuestionPage, QuestionsPage, questionValues } from './views/questions.tsx';
import { editorNotice, redirectToEditor } from './notices.ts';
import { sectionPath } from './views/shared.tsx';
import { WorldCafeQuestionPage, WorldCafeQuestionsPage } from './views/world-cafe.tsx';

type EventRoute = { Params: { id: string } };

/** The programme, the registration questions, the consent text and the World Café questions. */
export function editorContentRoutes(app: FastifyInstance, deps: AppDeps, canEdit: preHandlerHookHandler): void {
  const at = (path: string) => `${EDITOR_PATH}/:id${path}`;
  const guard = { preHandler: canEdit };

  orderedListRoutes(app, deps, canEdit, {
    section: 'programme',
    form: programmeItemForm,
    load: getProgrammeList,
    find: ({ programme }, id) => programme.find((p) => p.item.id === id),
    values: (entry, { dates }) => itemValues(entry, dates),
    check: ({ dates, programme }, input, entryId, { t, locale }) => {
      const problem = itemTimeProblem(
        dates,
        programme.find((p) => p.item.id === entryId),
        input,
      );
      const m = t.events.editor.programme;
      if (!problem) return [];
      if (problem.kind === 'noDates') return [{ field: 'time', message: m.noDates }];
      const clock = (d: Date) => formatClock(locale, d);
      const where = dateWhere(problem.date, dates, t, locale);
      return [{ field: 'time', message: m.itemOutside(where, clock(problem.at), clock(problem.window.from), clock(problem.window.to)) }];
    },
    add: addProgrammeItem,
    update: (d, { entryId, ...o }) => updateProgrammeItem(d, { ...o, itemId: entryId }),
    remove: (d, { entryId, ...o }) => deleteProgrammeItem(d, { ...o, itemId: entryId }),
    ListPage: ProgrammePage,
    EntryPage: ProgrammeItemPage,
  });

  orderedListRoutes(app, deps, canEdit, {
    section: 'questions',
    form: questionForm,
    load: listQuestionRows,
    find: (questions, id) => questions.find((q) => q.id === id),
    values: questionValues,
    add: addQuestion,
    update: (d, { entryId, ...o }) => updateQuestion(d, { ...o, questionId: entryId }),
    remove: (d, { entryId, ...o }) => deleteQuestion(d, { ...o, questionId: entryId }),
    move: (d, { entryId, ...o }) => moveQuestion(d, { ...o, questionId: entryId }),
    ListPage: QuestionsPage,
    EntryPage: QuestionPage,
  });

  // ---- consent ----------------------------------------------------------------------------------

  app.get<EventRoute>(at('/einwilligung'), guard, async (request, reply) => {
    const event = await requireEvent(deps.db, request.params.id);
    return reply.page(h(ConsentPage, { ctx: request.view(), event, notice: editorNotice(request) }));
  });

  app.post<EventRoute>(at('/einwilligung'), guard, async (request, reply) => {
    const event = await requireEvent(deps.db, request.params.id);
    const form = parseForm(consentForm, request.body, request.t);
    if (!form.ok) return reply.page(h(ConsentPage, { ctx: request.view(), event, values: form.values, errors: form.errors }), 400);
    const outcome = await saveConsent(deps, { actor: request.user!, eventId: event.id, text: form.data.consentText });
    if (outcome.kind === 'notFound') throw notFound();
    return redirectToEditor(reply, sectionPath(event.id, 'consent'), outcome.kind === 'saved' ? 'consentSaved' : 'consentUnchanged');
  });

  orderedListRoutes(app, deps, canEdit, {
    section: 'worldCafe',
    form: worldCafeForm,
    load: listWorldCafeRows,
    find: (questions, id) => questions.find((q) => q.id === id),
    values: (q) => ({ question: q.question }),
    add: (tx, { input, ...o }) => addWorldCafeQuestion(tx, { ...o, question: input.question }),
    update: (d, { entryId, input, ...o }) => updateWorldCafeQuestion(d, { ...o, questionId: entryId, question: input.question }),
    remove: (d, { entryId, ...o }) => deleteWorldCafeQuestion(d, { ...o, questionId: entryId }),
    move: (d, { entryId, ...o }) => moveWorldCafeQuestion(d, { ...o, questionId: entryId }),
    ListPage: WorldCafeQuestionsPage,
    EntryPage: WorldCafeQuestionPage,
  });
}
