import type { FieldError, FormValues } from '../../../../platform/http/form.ts';
import { Button, ButtonLink, errorFor, ErrorSummary, Form, Select, valueFor } from '../../../../platform/views/components/form.tsx';
import type { ViewContext } from '../../../../platform/views/context.ts';
import { threadPath } from '../../core/paths.ts';
import type { GroupRow } from '../../core/repository.ts';
import type { GroupStanding } from '../../core/rules.ts';
import { GroupLayout } from '../../core/views/group-layout.tsx';
import type { ThreadRow } from '../repository.ts';

/** A moderator chooses another group they moderate for the thread. */
export function MovePage(props: {
  ctx: ViewContext;
  group: GroupRow;
  standing: GroupStanding | undefined;
  thread: ThreadRow;
  targets: { id: string; name: string }[];
  values?: FormValues | undefined;
  errors?: FieldError[] | undefined;
}) {
  const { ctx, group, thread, errors } = props;
  const m = ctx.t.networkDiscussions.move;
  return (
    <GroupLayout
      ctx={ctx}
      group={group}
      standing={props.standing}
      title={m.title}
      parent={{ href: threadPath(group.slug, thread.id), label: thread.title }}
      top={<ErrorSummary ctx={ctx} errors={errors} />}
    >
      <p class="kern-body">{m.lead(thread.title)}</p>
      {props.targets.length === 0 ? (
        <p class="kern-body">{m.none}</p>
      ) : (
        <Form ctx={ctx} action={threadPath(group.slug, thread.id, 'verschieben')}>
          <Select
            name="groupId"
            label={m.target}
            placeholder={m.choose}
            options={props.targets.map((t) => ({ value: t.id, label: t.name }))}
            value={valueFor(props.values, 'groupId')}
            error={errorFor(errors, 'groupId')}
          />
          <div class="dk-actions">
            <Button>{m.submit}</Button>
            <ButtonLink href={threadPath(group.slug, thread.id)} variant="tertiary">
              {ctx.t.networkDiscussions.form.cancel}
            </ButtonLink>
          </div>
        </Form>
      )}
    </GroupLayout>
  );
}
