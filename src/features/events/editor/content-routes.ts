import type { FastifyInstance, preHandlerHookHandler } from 'fastify';
import { h } from 'preact';
import type { AppDeps } from '../../../platform/deps.ts';
import type { ListOwner } from '../../../platform/editor/ordered-list-types.ts';
import { orderedListRoutes } from '../../../platform/editor/ordered-list-routes.ts';
import { badRequest, notFound } from '../../../platform/http/errors.ts';
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
import { listQuestionRows, listWorldCafeRows, type EventRow } from '../core/event-repository.ts';
import { requireEvent } from '../core/require-event.ts';
import { consentForm, programmeItemForm, questionForm, worldCafeForm } from '../core/schema.ts';
import { ConsentPage } from './views/consent.tsx';
import { itemValues, ProgrammeItemPage, ProgrammePage } from './views/programme.tsx';
import { QuestionPage, QuestionsPage, questionValues } from './views/questions.tsx';
import { editorNotice, redirectToEditor } from './notices.ts';
import type { ListSection } from './views/ordered-list.tsx';
import { sectionPath, type NoticeKey } from './views/shared.tsx';
import { WorldCafeQuestionPage, WorldCafeQuestionsPage } from './views/world-cafe.tsx';

type EventRoute = { Params: { id: string } };

/** The event as the owner of the editor's list parts, whose pages show the editor's notices. */
const EVENT_LISTS: ListOwner<EventRow, ListSection, NoticeKey> = {
  require: requireEvent,
  id: (event) => event.id,
  path: sectionPath,
  notice: editorNotice,
  redirect: redirectToEditor,
};

/** The programme, the registration questions, the consent text and the World Café questions. */
export function editorContentRoutes(app: FastifyInstance, deps: AppDeps, canEdit: preHandlerHookHandler): void {
  const at = (path: string) => `${EDITOR_PATH}/:id${path}`;
  const guard = { preHandler: canEdit };

  orderedListRoutes(app, deps, canEdit, EVENT_LISTS, {
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
    add: (tx, { ownerId, ...o }) => addProgrammeItem(tx, { ...o, eventId: ownerId }),
    update: (d, { ownerId, entryId, ...o }) => updateProgrammeItem(d, { ...o, eventId: ownerId, itemId: entryId }),
    remove: (d, { ownerId, entryId, ...o }) => deleteProgrammeItem(d, { ...o, eventId: ownerId, itemId: entryId }),
    refusals: { forgedDates: () => badRequest('date of another event') },
    ListPage: ProgrammePage,
    EntryPage: ProgrammeItemPage,
  });

  orderedListRoutes(app, deps, canEdit, EVENT_LISTS, {
    section: 'questions',
    form: questionForm,
    load: listQuestionRows,
    find: (questions, id) => questions.find((q) => q.id === id),
    values: questionValues,
    add: (tx, { ownerId, ...o }) => addQuestion(tx, { ...o, eventId: ownerId }),
    update: (d, { ownerId, entryId, ...o }) => updateQuestion(d, { ...o, eventId: ownerId, questionId: entryId }),
    remove: (d, { ownerId, entryId, ...o }) => deleteQuestion(d, { ...o, eventId: ownerId, questionId: entryId }),
    move: (d, { ownerId, entryId, ...o }) => moveQuestion(d, { ...o, eventId: ownerId, questionId: entryId }),
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

  orderedListRoutes(app, deps, canEdit, EVENT_LISTS, {
    section: 'worldCafe',
    form: worldCafeForm,
    load: listWorldCafeRows,
    find: (questions, id) => questions.find((q) => q.id === id),
    values: (q) => ({ question: q.question }),
    add: (tx, { ownerId, input, ...o }) => addWorldCafeQuestion(tx, { ...o, eventId: ownerId, question: input.question }),
    update: (d, { ownerId, entryId, input, ...o }) => updateWorldCafeQuestion(d, { ...o, eventId: ownerId, questionId: entryId, question: input.question }),
    remove: (d, { ownerId, entryId, ...o }) => deleteWorldCafeQuestion(d, { ...o, eventId: ownerId, questionId: entryId }),
    move: (d, { ownerId, entryId, ...o }) => moveWorldCafeQuestion(d, { ...o, eventId: ownerId, questionId: entryId }),
    ListPage: WorldCafeQuestionsPage,
    EntryPage: WorldCafeQuestionPage,
  });
}
