import type { FieldError, FormValues } from '../../../../platform/http/form.ts';
import type { ViewContext } from '../../../../platform/views/context.ts';
import { Button, Choices, ErrorSummary, Form, Select, TextArea, TextField, errorFor, valueFor, valuesOf } from '../../../../platform/views/components/form.tsx';
import { Layout } from '../../../../platform/views/layout.tsx';
import { fieldName } from '../../../../platform/taxonomy/fields-of-action.ts';
import { GROUPS_PATH, NEW_GROUP_PATH, groupPath } from '../../core/paths.ts';
import type { GroupRow } from '../../core/repository.ts';
import { GROUP_VISIBILITIES, JOIN_POLICIES } from '../../core/tables.ts';
import { GroupLayout, networkCrumbs } from '../../core/views/group-layout.tsx';
import type { GroupStanding } from '../../core/rules.ts';
import type { GroupFormChoices } from '../service.ts';

/** The form's fields as a group has them, to edit it. */
export function groupValues(group: GroupRow): FormValues {
  return {
    name: group.name,
    summary: group.summary,
    description: group.description,
    pinnedInfo: group.pinnedInfo,
    visibility: group.visibility,
    joinPolicy: group.joinPolicy,
    region: group.regionOrganisationId ?? '',
    programme: group.programme,
    fieldsOfAction: group.fieldsOfAction,
  };
}

function GroupFields(props: {
  ctx: ViewContext;
  choices: GroupFormChoices;
  values: FormValues | undefined;
  errors: FieldError[] | undefined;
  withPinned: boolean;
}) {
  const { ctx, choices, values, errors } = props;
  const m = ctx.t.networkGroups.form;
  const n = ctx.t.network;
  return (
    <>
      <TextField name="name" label={m.name} hint={m.nameHint} value={valueFor(values, 'name')} error={errorFor(errors, 'name')} maxLength={120} />
      <TextArea
        name="summary"
        label={m.summary}
        hint={m.summaryHint}
        rows={3}
        value={valueFor(values, 'summary')}
        error={errorFor(errors, 'summary')}
        maxLength={300}
      />
      <TextArea
        name="description"
        label={m.description}
        hint={m.descriptionHint}
        optionalLabel={m.optional}
        rows={10}
        value={valueFor(values, 'description')}
        error={errorFor(errors, 'description')}
        maxLength={20_000}
      />
      {props.withPinned ? (
        <TextArea
          name="pinnedInfo"
          label={m.pinnedInfo}
          hint={m.pinnedInfoHint}
          optionalLabel={m.optional}
          rows={5}
          value={valueFor(values, 'pinnedInfo')}
          error={errorFor(errors, 'pinnedInfo')}
          maxLength={5_000}
        />
      ) : null}
      <Choices
        name="visibility"
        type="radio"
        label={m.visibility}
        error={errorFor(errors, 'visibility')}
        selected={[valueFor(values, 'visibility')]}
        options={GROUP_VISIBILITIES.map((v) => ({ value: v, label: n.visibilities[v], hint: n.visibilityHints[v] }))}
      />
      <Choices
        name="joinPolicy"
        type="radio"
        label={m.joinPolicy}
        error={errorFor(errors, 'joinPolicy')}
        selected={[valueFor(values, 'joinPolicy')]}
        options={JOIN_POLICIES.map((p) => ({ value: p, label: n.joinPolicies[p] }))}
      />
      <Select
        name="region"
        label={m.region}
        hint={m.regionHint}
        optionalLabel={m.optional}
        value={valueFor(values, 'region')}
        error={errorFor(errors, 'region')}
        placeholder={m.noRegion}
        options={choices.regions.map((r) => ({ value: r.id, label: r.name }))}
      />
      <TextField
        name="programme"
        label={m.programme}
        hint={m.programmeHint}
        optionalLabel={m.optional}
        value={valueFor(values, 'programme')}
        error={errorFor(errors, 'programme')}
        maxLength={150}
      />
      {choices.fields.length > 0 ? (
        <Choices
          name="fieldsOfAction"
          type="checkbox"
          label={m.fieldsOfAction}
          optionalLabel={m.optional}
          error={errorFor(errors, 'fieldsOfAction')}
          selected={valuesOf(values, 'fieldsOfAction')}
          options={choices.fields.map((f) => ({ value: f.slug, label: fieldName(f, ctx.locale) }))}
        />
      ) : null}
    </>
  );
}

export function CreateGroupPage(props: { ctx: ViewContext; choices: GroupFormChoices; submissionId: string; values?: FormValues; errors?: FieldError[] }) {
  const { ctx } = props;
  const m = ctx.t.networkGroups.form;
  return (
    <Layout ctx={ctx} title={m.createTitle} breadcrumbs={[...networkCrumbs(ctx), { label: m.createTitle }]}>
      <ErrorSummary ctx={ctx} errors={props.errors} />
      <h1 class="kern-heading-x-large">{m.createTitle}</h1>
      <p class="kern-body">{m.createLead}</p>
      <Form ctx={ctx} action={NEW_GROUP_PATH} submissionId={props.submissionId}>
        <GroupFields
          ctx={ctx}
          choices={props.choices}
          values={props.values ?? { visibility: 'public', joinPolicy: 'open' }}
          errors={props.errors}
          withPinned={false}
        />
        <div class="dk-actions">
          <Button>{m.create}</Button>
          <a href={GROUPS_PATH}>{m.cancel}</a>
        </div>
      </Form>
    </Layout>
  );
}

export function EditGroupPage(props: {
  ctx: ViewContext;
  group: GroupRow;
  standing: GroupStanding | undefined;
  choices: GroupFormChoices;
  values: FormValues;
  errors?: FieldError[];
}) {
  const { ctx, group } = props;
  const m = ctx.t.networkGroups.form;
  return (
    <GroupLayout ctx={ctx} group={group} standing={props.standing} title={m.editTitle} top={<ErrorSummary ctx={ctx} errors={props.errors} />}>
      <Form ctx={ctx} action={groupPath(group.slug, 'bearbeiten')}>
        <GroupFields ctx={ctx} choices={props.choices} values={props.values} errors={props.errors} withPinned />
        <div class="dk-actions">
          <Button>{m.save}</Button>
          <a href={groupPath(group.slug)}>{m.cancel}</a>
        </div>
      </Form>
    </GroupLayout>
  );
}
