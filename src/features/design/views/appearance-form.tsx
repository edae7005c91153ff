import type { FieldError, FormValues } from '../../../platform/http/form.ts';
import { THEMES } from '../../../platform/settings/site-settings.ts';
import { Button, Choices, errorFor, Form, TextField, valueFor } from '../../../platform/views/components/form.tsx';
import type { ViewContext } from '../../../platform/views/context.ts';

export interface AppearanceState {
  values: FormValues;
  errors?: FieldError[];
  saved?: boolean;
}

/** The theme of every page, an own theme's colours and the logo: for administrators only. */
export function AppearanceForm(props: { ctx: ViewContext; action: string; state: AppearanceState }) {
  const { ctx, state } = props;
  const m = ctx.t.design.appearance;
  const { values, errors } = state;
  return (
    <section aria-labelledby="erscheinungsbild">
      <h2 class="kern-heading-large" id="erscheinungsbild">
        {m.title}
      </h2>
      <p class="kern-body">{m.intro}</p>
      <Form ctx={ctx} action={props.action}>
        <Choices
          type="radio"
          name="theme"
          label={m.theme}
          options={THEMES.map((theme) => ({ value: theme, label: m.themes[theme] }))}
          selected={[valueFor(values, 'theme')]}
          error={errorFor(errors, 'theme')}
        />
        <TextField
          name="themeColour"
          label={m.colour}
          hint={m.colourHint}
          value={valueFor(values, 'themeColour')}
          error={errorFor(errors, 'themeColour')}
          width="short"
          maxLength={20}
          spellcheck={false}
        />
        <TextField
          name="themeAccent"
          label={m.accent}
          hint={m.accentHint}
          value={valueFor(values, 'themeAccent')}
          error={errorFor(errors, 'themeAccent')}
          width="short"
          maxLength={20}
          spellcheck={false}
          optionalLabel={ctx.t.common.optional}
        />
        <TextField
          name="logoUrl"
          label={m.logoUrl}
          hint={m.logoUrlHint}
          value={valueFor(values, 'logoUrl')}
          error={errorFor(errors, 'logoUrl')}
          optionalLabel={ctx.t.common.optional}
        />
        <Button>{m.save}</Button>
      </Form>
    </section>
  );
}
