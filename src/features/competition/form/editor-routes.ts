import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { requirePermission } from '../../../platform/auth/guards.ts';
import type { AppDeps } from '../../../platform/deps.ts';
import { orderedListRoutes } from '../../../platform/editor/ordered-list-routes.ts';
import type { ListNotice, ListOwner } from '../../../platform/editor/ordered-list-types.ts';
import { knownNotice, redirectWithNotice } from '../../../platform/http/notice.ts';
import { editorCriteriaPath, editorFormPath, editorQuestionsPath } from '../core/paths.ts';
import type { CompetitionCallRow } from '../core/repository.ts';
import { addCriterion, deleteCriterion, moveCriterion, updateCriterion } from './edit-criteria.ts';
import { addQuestion, deleteQuestion, moveQuestion, updateQuestion } from './edit-questions.ts';
import { addSection, deleteSection, moveSection, updateSection } from './edit-sections.ts';
import { requireCall } from '../core/require-call.ts';
import { requireSection, type SectionOwner } from './require-owner.ts';
import { questionShapeChanged } from './rules.ts';
import { criterionForm, questionForm, sectionForm } from './schema.ts';
import { loadCriteriaList, loadQuestionsList, loadSectionsList } from './service.ts';
import { CriteriaPage, CriterionPage, criterionValues } from './views/criteria.tsx';
import { QuestionPage, QuestionsPage, questionValues } from './views/questions.tsx';
import { SectionPage, SectionsPage, sectionValues } from './views/sections.tsx';

/** The confirmations of the builder's list pages; each page says them in its own words. */
const NOTICES: Record<ListNotice, true> = { added: true, saved: true, deleted: true, moved: true };

const listNotice = (request: FastifyRequest) => knownNotice(request, NOTICES)?.word;
const redirectToList = (reply: FastifyReply, path: string, word: ListNotice) => redirectWithNotice(reply, path, { word });

/** The call as the owner of its form's sections and of its criteria. */
const CALL_LISTS: ListOwner<CompetitionCallRow, 'sections' | 'criteria', ListNotice> = {
  require: requireCall,
  id: (call) => call.id,
  path: (callId, list) => (list === 'sections' ? editorFormPath(callId) : editorCriteriaPath(callId)),
  notice: listNotice,
  redirect: redirectToList,
};

/** A section (with its call) as the owner of its questions. */
const SECTION_LISTS: ListOwner<SectionOwner, 'questions', ListNotice> = {
  require: requireSection,
  id: (owner) => owner.section.id,
  path: (sectionId) => editorQuestionsPath(sectionId),
  notice: listNotice,
  redirect: redirectToList,
};

/**
 * The editors' builder of a call's application form (sections and their questions) and of its
 * evaluation criteria. Once an application has left the draft, the form keeps its shape; once
 * the deadline has passed, the criteria stay as they are.
 */
export function formEditorRoutes(app: FastifyInstance, deps: AppDeps): void {
  const canEdit = requirePermission('content:edit');

  orderedListRoutes(app, deps, canEdit, CALL_LISTS, {
    section: 'sections',
    form: sectionForm,
    load: loadSectionsList,
    find: ({ sections }, id) => sections.find((s) => s.id === id),
    values: sectionValues,
    check: ({ locked }, _input, entryId, { t }) => (locked && entryId === undefined ? [{ field: 'form', message: t.competition.form.sections.locked }] : []),
    add: (tx, { ownerId, ...o }) => addSection(tx, { ...o, callId: ownerId }),
    update: (d, { ownerId, entryId, ...o }) => updateSection(d, { ...o, callId: ownerId, sectionId: entryId }),
    remove: (d, { ownerId, entryId, ...o }) => deleteSection(d, { ...o, callId: ownerId, sectionId: entryId }),
    move: (d, { ownerId, entryId, ...o }) => moveSection(d, { ...o, callId: ownerId, sectionId: entryId }),
    refusals: { locked: { status: 409, message: (t) => t.competition.form.sections.locked } },
    ListPage: SectionsPage,
    EntryPage: SectionPage,
  });

  orderedListRoutes(app, deps, canEdit, SECTION_LISTS, {
    section: 'questions',
    form: questionForm,
    load: loadQuestionsList,
    find: ({ questions }, id) => questions.find((q) => q.id === id),
    values: questionValues,
    check: ({ locked, questions }, input, entryId, { t }) => {
      const m = t.competition.form.questions;
      if (!locked) return [];
      if (entryId === undefined) return [{ field: 'form', message: m.locked }];
      const before = questions.find((q) => q.id === entryId);
      return before && questionShapeChanged(before, input) ? [{ field: 'form', message: m.shapeLocked }] : [];
    },
    add: (tx, { ownerId, ...o }) => addQuestion(tx, { ...o, sectionId: ownerId }),
    update: (d, { ownerId, entryId, ...o }) => updateQuestion(d, { ...o, sectionId: ownerId, questionId: entryId }),
    remove: (d, { ownerId, entryId, ...o }) => deleteQuestion(d, { ...o, sectionId: ownerId, questionId: entryId }),
    move: (d, { ownerId, entryId, ...o }) => moveQuestion(d, { ...o, sectionId: ownerId, questionId: entryId }),
    refusals: { locked: { status: 409, message: (t) => t.competition.form.questions.locked } },
    ListPage: QuestionsPage,
    EntryPage: QuestionPage,
  });

  orderedListRoutes(app, deps, canEdit, CALL_LISTS, {
    section: 'criteria',
    form: criterionForm,
    load: (db, callId) => loadCriteriaList(db, callId),
    find: ({ criteria }, id) => criteria.find((c) => c.id === id),
    values: criterionValues,
    check: ({ locked }, _input, _entryId, { t }) => (locked ? [{ field: 'form', message: t.competition.form.criteria.locked }] : []),
    add: (tx, { ownerId, ...o }) => addCriterion(tx, { ...o, callId: ownerId }),
    update: (d, { ownerId, entryId, ...o }) => updateCriterion(d, { ...o, callId: ownerId, criterionId: entryId }),
    remove: (d, { ownerId, entryId, ...o }) => deleteCriterion(d, { ...o, callId: ownerId, criterionId: entryId }),
    move: (d, { ownerId, entryId, ...o }) => moveCriterion(d, { ...o, callId: ownerId, criterionId: entryId }),
    refusals: { locked: { status: 409, message: (t) => t.competition.form.criteria.locked } },
    ListPage: CriteriaPage,
    EntryPage: CriterionPage,
  });
}
