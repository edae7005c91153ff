import { Tag } from '../../../../platform/views/components/content.tsx';
import type { ViewContext } from '../../../../platform/views/context.ts';
import type { SolutionStatus } from '../../core/tables.ts';

const STATUS_COLOURS = { draft: 'grey', in_review: 'yellow', published: 'green', archived: 'grey' } as const;

/** The solution's status as a tag: where it stands in the review. */
export function StatusTag(props: { ctx: ViewContext; status: SolutionStatus }) {
  return <Tag colour={STATUS_COLOURS[props.status]}>{props.ctx.t.solutions.statuses[props.status]}</Tag>;
}

/** The confirmations pages show after a redirect, once. */
export type ProfileNotice = keyof ViewContext['t']['solutionsProfiles']['notices'];
