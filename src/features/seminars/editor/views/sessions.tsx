import type { FieldError, FormValues } from '../../../../platform/http/form.ts';
import { utcToBerlin } from '../../../../platform/time/berlin-time.ts';
import { Table } from '../../../../platform/views/components/content.tsx';
import { Button, Choices, ErrorSummary, errorFor, Form, TextField, valueFor, valuesOf } from '../../../../platform/views/components/form.tsx';
import { ActionButtonForm } from '../../../../platform/views/components/inline-forms.tsx';
import type { Crumb, ViewContext } from '../../../../platform/views/context.ts';
import { editorModulePath } from '../../core/paths.ts';
import type { ModuleRow, SeriesRow, SessionRow } from '../../core/repository.ts';
import { SeriesEditorLayout } from '../../core/views/series-editor-layout.tsx';
import { SESSION_FORMATS } from '../schema.ts';
import { sessionWhen, sessionWhere } from './shared.tsx';

export function sessionValues(session: SessionRow): FormValues {
  const start = utcToBerlin(session.startsAt);
  return {
    day: start.date,
    startTime: start.time,
    endTime: utcToBerlin(session.endsAt).time,
    format: session.online ? 'online' : 'praesenz',
    venue: session.venue,
    town: session.town,
  };
}

function SessionFields(props: { ctx: ViewContext; values: FormValues; errors?: FieldError[] | undefined }) {
  const { ctx, values, errors } = props;
  const f = ctx.t.seminarsEditor.fields;
  return (
    <>
      <TextField name="day" type="date" label={f.day} width="short" value={valueFor(values, 'day')} error={errorFor(errors, 'day')} />
      <TextField name="startTime" type="time" label={f.startTime} width="short" value={valueFor(values, 'startTime')} error={errorFor(errors, 'startTime')} />
      <TextField name="endTime" type="time" label={f.endTime} width="short" value={valueFor(values, 'endTime')} error={errorFor(errors, 'endTime')} />
      <Choices
        type="radio"
        name="format"
        label={f.format}
        inline
        options={SESSION_FORMATS.map((format) => ({ value: format, label: f.formats[format] }))}
        selected={valuesOf(values, 'format')}
        error={errorFor(errors, 'format')}
      />
      <TextField
        name="venue"
        label={f.venue}
        hint={f.venueHint}
        optionalLabel={ctx.t.common.optional}
        value={valueFor(values, 'venue')}
        error={errorFor(errors, 'venue')}
      />
      <TextField name="town" label={f.town} value={valueFor(values, 'town')} error={errorFor(errors, 'town')} />
    </>
  );
}

const moduleCrumbs = (series: SeriesRow, module: ModuleRow): Crumb[] => [{ href: editorModulePath(series.id, module.id), label: module.title }];

/** A module's sessions with the form to add one. */
export function SessionsPage(props: {
  ctx: ViewContext;
  series: SeriesRow;
  module: ModuleRow;
  sessions: SessionRow[];
  submissionId: string;
  notice?: string | undefined;
  values?: FormValues | undefined;
  errors?: FieldError[] | undefined;
}) {
  const { ctx, series, module } = props;
  const m = ctx.t.seminarsEditor.sessions;
  return (
    <SeriesEditorLayout
      ctx={ctx}
      series={series}
      title={`${m.title}: ${module.title}`}
      parents={moduleCrumbs(series, module)}
      notice={props.notice}
      top={<ErrorSummary ctx={ctx} errors={props.errors} />}
    >
      {props.sessions.length === 0 ? (
        <p class="kern-body">{m.none}</p>
      ) : (
        <Table
          caption={m.caption}
          head={[m.columns.when, m.columns.where, m.columns.actions]}
          rows={props.sessions.map((s) => {
            const when = sessionWhen(ctx, s);
            return [
              when,
              sessionWhere(ctx, s),
              <div class="dk-actions">
                <a href={editorModulePath(series.id, module.id, `termine/${s.id}`)}>
                  {m.edit}
                  <span class="kern-sr-only">: {when}</span>
                </a>
                <ActionButtonForm
                  ctx={ctx}
                  action={editorModulePath(series.id, module.id, `termine/${s.id}/entfernen`)}
                  label={m.remove}
                  about={when}
                  variant="warning"
                />
              </div>,
            ];
          })}
        />
      )}
      <h2 class="kern-heading-medium">{m.addHeading}</h2>
      <Form ctx={ctx} action={editorModulePath(series.id, module.id, 'termine')} submissionId={props.submissionId}>
        <SessionFields ctx={ctx} values={props.values ?? { format: 'praesenz' }} errors={props.errors} />
        <Button>{m.add}</Button>
      </Form>
    </SeriesEditorLayout>
  );
}

export function EditSessionPage(props: {
  ctx: ViewContext;
  series: SeriesRow;
  module: ModuleRow;
  sessionId: string;
  values: FormValues;
  errors?: FieldError[] | undefined;
}) {
  const { ctx, series, module } = props;
  const m = ctx.t.seminarsEditor.sessions;
  return (
    <SeriesEditorLayout
      ctx={ctx}
      series={series}
      title={m.editTitle}
      parents={[...moduleCrumbs(series, module), { href: editorModulePath(series.id, module.id, 'termine'), label: m.title }]}
      top={<ErrorSummary ctx={ctx} errors={props.errors} />}
    >
      <Form ctx={ctx} action={editorModulePath(series.id, module.id, `termine/${props.sessionId}`)}>
        <SessionFields ctx={ctx} values={props.values} errors={props.errors} />
        <Button>{m.save}</Button>
      </Form>
    </SeriesEditorLayout>
  );
}
