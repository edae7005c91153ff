import type { FieldError, FormValues } from '../../../platform/http/form.ts';
import type { ViewContext } from '../../../platform/views/context.ts';
import { errorFor, Select, TextArea, TextField, valueFor } from '../../../platform/views/components/form.tsx';
import type { OrganisationRow } from '../service.ts';
import { ORGANISATION_TYPES } from '../tables.ts';

/** The form's values for an existing organisation. */
export function organisationValues(o: OrganisationRow): FormValues {
  return {
    name: o.name,
    type: o.type,
    ags: o.ags ?? '',
    amtsschluessel: o.amtsschluessel ?? '',
    ars: o.ars ?? '',
    street: o.street ?? '',
    postcode: o.postcode ?? '',
    town: o.town ?? '',
    website: o.website ?? '',
    description: o.description ?? '',
    population: o.population === null ? '' : o.population.toLocaleString('de-DE'),
  };
}

/** The fields of organisationForm (schema.ts); the administration uses them too. */
export function OrganisationFields(props: { ctx: ViewContext; values?: FormValues | undefined; errors?: FieldError[] | undefined }) {
  const { ctx, values: v, errors } = props;
  const f = ctx.t.organisations.fields;
  const optional = ctx.t.common.optional;
  return (
    <>
      <TextField
        name="name"
        label={f.name}
        hint={f.nameHint}
        value={valueFor(v, 'name')}
        error={errorFor(errors, 'name')}
        maxLength={150}
        autocomplete="organization"
      />
      <Select
        name="type"
        label={f.type}
        hint={f.typeHint}
        value={valueFor(v, 'type')}
        error={errorFor(errors, 'type')}
        placeholder={f.typePlaceholder}
        options={ORGANISATION_TYPES.map((type) => ({ value: type, label: ctx.t.organisations.types[type] }))}
      />
      <TextField
        name="ags"
        label={f.ags}
        hint={f.agsHint}
        value={valueFor(v, 'ags')}
        error={errorFor(errors, 'ags')}
        width="short"
        maxLength={20}
        spellcheck={false}
      />
      <TextField
        name="amtsschluessel"
        label={f.amtsschluessel}
        hint={f.amtsschluesselHint}
        value={valueFor(v, 'amtsschluessel')}
        error={errorFor(errors, 'amtsschluessel')}
        width="short"
        maxLength={20}
        spellcheck={false}
      />
      <TextField
        name="ars"
        label={f.ars}
        hint={f.arsHint}
        value={valueFor(v, 'ars')}
        error={errorFor(errors, 'ars')}
        width="short"
        maxLength={20}
        spellcheck={false}
      />
      <TextField
        name="street"
        label={f.street}
        optionalLabel={optional}
        value={valueFor(v, 'street')}
        error={errorFor(errors, 'street')}
        maxLength={150}
        autocomplete="street-address"
      />
      <TextField
        name="postcode"
        label={f.postcode}
        optionalLabel={optional}
        value={valueFor(v, 'postcode')}
        error={errorFor(errors, 'postcode')}
        width="short"
        maxLength={10}
        autocomplete="postal-code"
      />
      <TextField
        name="town"
        label={f.town}
        value={valueFor(v, 'town')}
        error={errorFor(errors, 'town')}
        width="half"
        maxLength={100}
        autocomplete="address-level2"
      />
      <TextField
        name="population"
        label={f.population}
        optionalLabel={optional}
        hint={f.populationHint}
        inputMode="numeric"
        value={valueFor(v, 'population')}
        error={errorFor(errors, 'population')}
        width="short"
        maxLength={12}
      />
      <TextField
        name="website"
        label={f.website}
        optionalLabel={optional}
        hint={f.websiteHint}
        type="url"
        value={valueFor(v, 'website')}
        error={errorFor(errors, 'website')}
        maxLength={300}
        autocomplete="url"
        spellcheck={false}
      />
      <TextArea
        name="description"
        label={f.description}
        optionalLabel={optional}
        hint={f.descriptionHint}
        value={valueFor(v, 'description')}
        error={errorFor(errors, 'description')}
        rows={8}
        maxLength={5000}
      />
    </>
  );
}
