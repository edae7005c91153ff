import { formatDateTime } from '../../../../platform/i18n/dates.ts';
import { fieldName, type FieldOfAction } from '../../../../platform/taxonomy/fields-of-action.ts';
import { Tag } from '../../../../platform/views/components/content.tsx';
import type { Crumb, ViewContext } from '../../../../platform/views/context.ts';
import { CHALLENGES_PATH } from '../../core/paths.ts';
import type { NextDate } from '../next-date.ts';

/** The crumb of the list, above every page of a challenge. */
export function listCrumb(ctx: ViewContext): Crumb {
  return { href: CHALLENGES_PATH, label: ctx.t.challenges.title };
}

export function nextDateText(ctx: ViewContext, next: NextDate): string {
  return ctx.t.challengesCatalogue.next[next.kind](formatDateTime(ctx.locale, next.at));
}

/** The challenge's fields of action as tags, in the shared order. */
export function FieldTags(props: { ctx: ViewContext; fields: FieldOfAction[] }) {
  if (props.fields.length === 0) return null;
  return (
    <ul class="kern-list dk-list--inline" aria-label={props.ctx.t.challengesCatalogue.list.fields}>
      {props.fields.map((f) => (
        <li key={f.slug}>
          <Tag colour="grey">{fieldName(f, props.ctx.locale)}</Tag>
        </li>
      ))}
    </ul>
  );
}
