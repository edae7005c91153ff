import { Tag } from '../../../platform/views/components/content.tsx';
import type { ViewContext } from '../../../platform/views/context.ts';
import type { ConflictState, ReviewStatus } from '../tables.ts';

const scoreFormats = new Map<string, Intl.NumberFormat>();

/** A weighted score or spread with two decimals, as the page's language writes it: "3,75" or "3.75". */
export function scoreText(ctx: ViewContext, value: number | null): string {
  if (value === null) return ctx.t.review.summary.none;
  const tag = ctx.locale === 'de' ? 'de-DE' : 'en-GB';
  let format = scoreFormats.get(tag);
  if (!format) {
    format = new Intl.NumberFormat(tag, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    scoreFormats.set(tag, format);
  }
  return format.format(value);
}

/** The juror's name, or "Gelöschtes Konto" once the account is gone. */
export function jurorName(ctx: ViewContext, name: string | null): string {
  return name ?? ctx.t.review.deletedAccount;
}

export function ConflictTag(props: { ctx: ViewContext; conflict: ConflictState | null }) {
  const words = props.ctx.t.review.conflictStates;
  if (props.conflict === null) return <Tag colour="grey">{words.undeclared}</Tag>;
  return props.conflict === 'declared' ? <Tag colour="red">{words.declared}</Tag> : <Tag colour="green">{words.none}</Tag>;
}

export function ReviewStatusTag(props: { ctx: ViewContext; status: ReviewStatus | null }) {
  const words = props.ctx.t.review.reviewStates;
  if (props.status === null) return <Tag colour="grey">{words.none}</Tag>;
  return props.status === 'submitted' ? <Tag colour="green">{words.submitted}</Tag> : <Tag colour="yellow">{words.draft}</Tag>;
}
