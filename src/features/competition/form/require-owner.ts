import type { Executor } from '../../../platform/db/client.ts';
import { notFound } from '../../../platform/http/errors.ts';
import { isUuid } from '../../../platform/text/uuid.ts';
import { findFormSection, type FormSectionRow } from '../core/form-repository.ts';
import { findCall, type CompetitionCallRow } from '../core/repository.ts';

/** A section of the form with the call it belongs to: the owner of the questions' list. */
export interface SectionOwner {
  section: FormSectionRow;
  call: CompetitionCallRow;
}

/** The section the address names, with its call, or 404. */
export async function requireSection(db: Executor, id: string): Promise<SectionOwner> {
  const section = isUuid(id) ? await findFormSection(db, id) : undefined;
  const call = section ? await findCall(db, section.callId) : undefined;
  if (!section || !call) throw notFound();
  return { section, call };
}
