import { recordAudit } from '../../../platform/audit/record.ts';
import type { CurrentUser } from '../../../platform/auth/current-user.ts';
import type { Executor } from '../../../platform/db/client.ts';
import type { AppDeps } from '../../../platform/deps.ts';
import { moveEntry, type Direction } from '../../../platform/editor/move.ts';
import {
  deleteFormSectionRow,
  insertFormSection,
  listFormSections,
  updateFormSectionRow,
  type FormSectionRow,
  type FormSectionSummary,
} from '../core/form-repository.ts';
import { lockForm, nextPosition } from './locks.ts';
import type { SectionInput } from './schema.ts';

interface SectionTarget {
  actor: CurrentUser;
  callId: string;
  sectionId: string;
}

const subject = (callId: string) => ({ type: 'competition_call', id: callId });
const snapshot = (sectionId: string, s: Pick<FormSectionRow, 'title' | 'intro'>) => ({ sectionId, title: s.title, intro: s.intro });

/**
 * Locks the call, finds the section among its sections and runs the change in the same
 * transaction; notFound when the call or the section is not (or no longer) there.
 */
async function changeSection<R extends string>(
  deps: Pick<AppDeps, 'db'>,
  target: SectionTarget,
  change: (tx: Executor, section: FormSectionSummary, sections: FormSectionSummary[], locked: boolean) => Promise<R>,
): Promise<R | 'notFound'> {
  return deps.db.transaction(async (tx) => {
    const form = await lockForm(tx, target.callId);
    if (!form) return 'notFound';
    const sections = await listFormSections(tx, target.callId);
    const section = sections.find((s) => s.id === target.sectionId);
    return section ? change(tx, section, sections, form.locked) : 'notFound';
  });
}

/** Adds a section at the end of the form. Runs in the caller's transaction (the once-per-submission one). */
export async function addSection(
  tx: Executor,
  options: { actor: CurrentUser; callId: string; input: SectionInput },
): Promise<{ kind: 'added'; section: FormSectionRow } | { kind: 'notFound' } | { kind: 'locked' }> {
  const { actor, callId, input } = options;
  const form = await lockForm(tx, callId);
  if (!form) return { kind: 'notFound' };
  if (form.locked) return { kind: 'locked' };
  const section = await insertFormSection(tx, { callId, position: nextPosition(await listFormSections(tx, callId)), ...input });
  await recordAudit(tx, actor, 'competition.form.section.add', subject(callId), null, snapshot(section.id, section));
  return { kind: 'added', section };
}

/** Saves a section's title and introduction; they may be corrected at any time. */
export async function updateSection(deps: Pick<AppDeps, 'db'>, options: SectionTarget & { input: SectionInput }): Promise<'saved' | 'notFound'> {
  const { actor, callId, sectionId, input } = options;
  return changeSection(deps, options, async (tx, before) => {
    await updateFormSectionRow(tx, sectionId, input);
    await recordAudit(tx, actor, 'competition.form.section.update', subject(callId), snapshot(sectionId, before), snapshot(sectionId, input));
    return 'saved';
  });
}

/** Deletes a section with its questions, unless an application has left the draft. */
export async function deleteSection(deps: Pick<AppDeps, 'db'>, options: SectionTarget): Promise<'deleted' | 'notFound' | 'locked'> {
  const { actor, callId, sectionId } = options;
  return changeSection(deps, options, async (tx, before, _sections, locked) => {
    if (locked) return 'locked';
    await deleteFormSectionRow(tx, sectionId);
    await recordAudit(tx, actor, 'competition.form.section.delete', subject(callId), { ...snapshot(sectionId, before), questions: before.questionCount }, null);
    return 'deleted';
  });
}

/** Moves a section a step up or down, unless an application has left the draft. */
export async function moveSection(deps: Pick<AppDeps, 'db'>, options: SectionTarget & { direction: Direction }): Promise<'moved' | 'notFound' | 'locked'> {
  const { actor, callId, sectionId, direction } = options;
  return changeSection(deps, options, async (tx, section, sections, locked) => {
    if (locked) return 'locked';
    const moved = await moveEntry(sections, sectionId, direction, (id, position) => updateFormSectionRow(tx, id, { position }));
    await recordAudit(
      tx,
      actor,
      'competition.form.section.move',
      subject(callId),
      { sectionId, position: section.position },
      { sectionId, position: moved?.after },
    );
    return 'moved';
  });
}
