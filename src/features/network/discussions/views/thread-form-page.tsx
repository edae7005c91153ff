import type { FieldError, FormValues } from '../../../../platform/http/form.ts';
import { Button, ButtonLink, errorFor, ErrorSummary, Form, TextArea, TextField, valueFor } from '../../../../platform/views/components/form.tsx';
import type { ViewContext } from '../../../../platform/views/context.ts';
import type { GroupRow } from '../../core/repository.ts';
import type { GroupStanding } from '../../core/rules.ts';
import { GroupLayout } from '../../core/views/group-layout.tsx';
import { discussionsPath } from '../paths.ts';
import { MAX_BODY, MAX_TITLE } from '../schema.ts';

/** A new discussion, or an edited post: the title only where the post opens the thread. */
export function ThreadFormPage(props: {
  ctx: ViewContext;
  group: GroupRow;
  standing: GroupStanding | undefined;
  mode: 'new' | 'edit';
  action: string;
  cancelHref: string;
  withTitle: boolean;
  values: FormValues | undefined;
  errors: FieldError[] | undefined;
  submissionId?: string | undefined;
}) {
  const { ctx, values, errors } = props;
  const m = ctx.t.networkDiscussions;
  return (
    <GroupLayout
      ctx={ctx}
      group={props.group}
      standing={props.standing}
      title={props.mode === 'new' ? m.form.newTitle : m.form.editTitle}
      parent={{ href: discussionsPath(props.group.slug), label: m.title }}
      top={<ErrorSummary ctx={ctx} errors={errors} />}
    >
      <Form ctx={ctx} action={props.action} submissionId={props.submissionId}>
        {props.withTitle ? (
          <TextField
            name="title"
            label={m.form.title}
            hint={m.form.titleHint}
            error={errorFor(errors, 'title')}
            value={valueFor(values, 'title')}
            maxLength={MAX_TITLE}
          />
        ) : null}
        <TextArea
          name="body"
          label={m.form.body}
          hint={m.form.bodyHint}
          error={errorFor(errors, 'body')}
          value={valueFor(values, 'body')}
          rows={14}
          maxLength={MAX_BODY}
        />
        <div class="dk-actions">
          <Button>{props.mode === 'new' ? m.form.start : m.form.save}</Button>
          <ButtonLink href={props.cancelHref} variant="tertiary">
            {m.form.cancel}
          </ButtonLink>
        </div>
      </Form>
    </GroupLayout>
  );
}
