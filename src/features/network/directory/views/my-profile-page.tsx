import type { FieldError, FormValues } from '../../../../platform/http/form.ts';
import type { PictureView } from '../../../../platform/pictures/index.ts';
import { fieldName } from '../../../../platform/taxonomy/fields-of-action.ts';
import { Notice } from '../../../../platform/views/components/content.tsx';
import { Button, Choices, errorFor, ErrorSummary, Form, Select, TextArea, TextField, valueFor, valuesOf } from '../../../../platform/views/components/form.tsx';
import { Picture } from '../../../../platform/views/components/picture.tsx';
import type { ViewContext } from '../../../../platform/views/context.ts';
import { MY_PROFILE_PATH, PEOPLE_PATH, personPath } from '../../core/paths.ts';
import { SECTORS } from '../../core/tables.ts';
import { MY_PICTURE_PATH } from '../paths.ts';
import type { ProfileChoices, ProfileRow } from '../service.ts';
import { DirectoryLayout } from './shared.tsx';

/** The stored profile as the form's values; a person without one starts with an empty form. */
export function profileValues(profile: ProfileRow | undefined): FormValues {
  if (!profile) return {};
  return {
    ...(profile.listed ? { listed: '1' } : {}),
    jobTitle: profile.jobTitle,
    ...(profile.sector ? { sector: profile.sector } : {}),
    organisationId: profile.organisationId ?? '',
    kreisOrganisationId: profile.kreisOrganisationId ?? '',
    fieldsOfAction: profile.fieldsOfAction,
    expertise: profile.expertise.join(', '),
    about: profile.about,
  };
}

export interface MyProfilePageProps {
  ctx: ViewContext;
  choices: ProfileChoices;
  profile: ProfileRow | undefined;
  picture: PictureView | undefined;
  values: FormValues;
  errors: FieldError[] | undefined;
  submissionId: string;
  notice: string | undefined;
}

/** /netzwerk/mein-profil: opting in to the directory and what the profile says. */
export function MyProfilePage(props: MyProfilePageProps) {
  const { ctx, values, errors, choices } = props;
  const m = ctx.t.networkDirectory.mine;
  const listed = props.profile?.listed ?? false;
  return (
    <DirectoryLayout ctx={ctx} title={m.title} crumbs={[{ href: PEOPLE_PATH, label: ctx.t.networkDirectory.title }, { label: m.title }]}>
      <ErrorSummary ctx={ctx} errors={errors} />
      <Notice ctx={ctx} notice={props.notice} />
      <h1 class="kern-heading-x-large">{m.title}</h1>
      <p class="kern-body kern-body--large">{m.lead}</p>
      <p class="kern-body">{listed ? <a href={personPath(ctx.user!.id)}>{m.view}</a> : m.notListed}</p>
      <h2 class="kern-heading-medium">{m.picture}</h2>
      {props.picture ? (
        <figure class="dk-figure">
          <Picture picture={props.picture} sizes="card" />
        </figure>
      ) : null}
      <p class="kern-body">
        <a href={MY_PICTURE_PATH}>{m.pictureLink}</a>
      </p>
      <Form ctx={ctx} action={MY_PROFILE_PATH} submissionId={props.submissionId}>
        <Choices
          name="listed"
          type="checkbox"
          label={m.listedLabel}
          hint={m.listedHint}
          options={[{ value: '1', label: m.listed }]}
          selected={valuesOf(values, 'listed')}
          error={errorFor(errors, 'listed')}
        />
        <TextField
          name="jobTitle"
          label={m.jobTitle}
          hint={m.jobTitleHint}
          optionalLabel={m.optional}
          value={valueFor(values, 'jobTitle')}
          error={errorFor(errors, 'jobTitle')}
          maxLength={120}
        />
        <Choices
          name="sector"
          type="radio"
          label={m.sector}
          hint={m.sectorHint}
          options={SECTORS.map((s) => ({ value: s, label: ctx.t.network.sectors[s] }))}
          selected={valuesOf(values, 'sector')}
          error={errorFor(errors, 'sector')}
        />
        <Select
          name="organisationId"
          label={m.organisation}
          hint={m.organisationHint}
          optionalLabel={m.optional}
          placeholder={m.noOrganisation}
          value={valueFor(values, 'organisationId')}
          options={choices.organisations.map((o) => ({ value: o.id, label: o.name }))}
          error={errorFor(errors, 'organisationId')}
        />
        <Select
          name="kreisOrganisationId"
          label={m.kreis}
          hint={m.kreisHint}
          optionalLabel={m.optional}
          placeholder={m.noKreis}
          value={valueFor(values, 'kreisOrganisationId')}
          options={choices.kreise.map((k) => ({ value: k.id, label: k.name }))}
          error={errorFor(errors, 'kreisOrganisationId')}
        />
        <Choices
          name="fieldsOfAction"
          type="checkbox"
          label={m.fields}
          optionalLabel={m.optional}
          options={choices.fields.map((f) => ({ value: f.slug, label: fieldName(f, ctx.locale) }))}
          selected={valuesOf(values, 'fieldsOfAction')}
          error={errorFor(errors, 'fieldsOfAction')}
        />
        <TextField
          name="expertise"
          label={m.expertise}
          hint={m.expertiseHint}
          optionalLabel={m.optional}
          value={valueFor(values, 'expertise')}
          error={errorFor(errors, 'expertise')}
        />
        <TextArea
          name="about"
          label={m.about}
          hint={m.aboutHint}
          optionalLabel={m.optional}
          value={valueFor(values, 'about')}
          error={errorFor(errors, 'about')}
          maxLength={1000}
          rows={6}
        />
        <Button>{m.save}</Button>
      </Form>
    </DirectoryLayout>
  );
}
