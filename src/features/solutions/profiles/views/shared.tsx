import { Tag } from '../../../../platform/views/components/content.tsx';
import type { ViewContext } from '../../../../platform/views/context.ts';
import type { SolutionStatus } from '../../core/tables.ts';

const STATUS_COLOURS = { draft: 'grey', in_review: 'yellow', published: 'green', archived: 'grey' } as const;

/** The solution's status as a tag: where it stands in the review, and whether changes to it wait for the editors. */
export function StatusTag(props: { ctx: ViewContext; status: SolutionStatus; pending?: boolean }) {
  const tag = <Tag colour={STATUS_COLOURS[props.status]}>{props.ctx.t.solutions.statuses[props.status]}</Tag>;
  if (!props.pending) return tag;
  return (
    <>
      {tag} <Tag colour="yellow">{props.ctx.t.solutionsProfiles.review.pendingTag}</Tag>
    </>
  );
}

/** The confirmations pages show after a redirect, once. */
export type ProfileNotice = keyof ViewContext['t']['solutionsProfiles']['notices'];
