import type { Crumb, ViewContext } from '../../../../platform/views/context.ts';
import { CHALLENGES_PATH, SUBMISSIONS_PATH } from '../../core/paths.ts';

/** Call for Solutions › Meine Einreichungen › …: where the submitter's pages sit. */
export function submissionCrumbs(ctx: ViewContext, ...rest: Crumb[]): Crumb[] {
  return [{ href: CHALLENGES_PATH, label: ctx.t.challenges.nav }, { href: SUBMISSIONS_PATH, label: ctx.t.challengesSubmissions.mine.title }, ...rest];
}
