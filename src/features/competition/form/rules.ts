import type { QuestionValues } from '../core/form-repository.ts';

/*
 * When the application form and the criteria may still change. Applications are answered and
 * scored against them, so what was submitted must keep meaning what it meant.
 */

/**
 * Once an application has left the draft (submitted, screened, withdrawn or decided), the
 * form it was answered on keeps its shape: no section or question is added, deleted or moved.
 */
export function formLocked(nonDraftApplications: number): boolean {
  return nonDraftApplications > 0;
}

/** The jury scores by the criteria published with the call: after the deadline they stay as they are. */
export function criteriaLocked(call: { closesAt: Date }, now: Date): boolean {
  return now.getTime() >= call.closesAt.getTime();
}

/**
 * Whether a change of a question touches what its answers were checked against (its kind,
 * options, whether it is required, its length), rather than only its wording and help text.
 */
export function questionShapeChanged(before: QuestionValues, after: QuestionValues): boolean {
  return (
    before.kind !== after.kind ||
    before.required !== after.required ||
    before.maxLength !== after.maxLength ||
    before.options.length !== after.options.length ||
    before.options.some((o, i) => o !== after.options[i])
  );
}
