import type { Executor } from '../../../platform/db/client.ts';
import { countNonDraftApplications, findFormSection, type FormSectionRow } from '../core/form-repository.ts';
import { lockCall, type CompetitionCallRow } from '../core/repository.ts';
import { formLocked } from './rules.ts';

/**
 * Locks the call until the transaction ends, so that two editors' changes of its form follow
 * each other, and tells whether its form is locked by an application that left the draft.
 */
export async function lockForm(tx: Executor, callId: string): Promise<{ call: CompetitionCallRow; locked: boolean } | undefined> {
  const call = await lockCall(tx, callId);
  if (!call) return undefined;
  return { call, locked: formLocked(await countNonDraftApplications(tx, callId)) };
}

/** lockForm for the call of a section; undefined when the section is not (or no longer) there. */
export async function lockSection(
  tx: Executor,
  sectionId: string,
): Promise<{ call: CompetitionCallRow; section: FormSectionRow; locked: boolean } | undefined> {
  const before = await findFormSection(tx, sectionId);
  const form = before ? await lockForm(tx, before.callId) : undefined;
  // the section may have gone while the call was locked by someone else
  const section = form ? await findFormSection(tx, sectionId) : undefined;
  return form && section ? { ...form, section } : undefined;
}

/** The next free position at the end of a list. */
export function nextPosition(list: { position: number }[]): number {
  return list.reduce((max, e) => Math.max(max, e.position), 0) + 1;
}
