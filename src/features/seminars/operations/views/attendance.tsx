import { Table, Tag } from '../../../../platform/views/components/content.tsx';
import { Button, Form } from '../../../../platform/views/components/form.tsx';
import type { ViewContext } from '../../../../platform/views/context.ts';
import { editorModulePath, editorSeriesPath } from '../../core/paths.ts';
import type { ModuleRow, SeriesRow } from '../../core/repository.ts';
import { SeriesEditorLayout } from '../../core/views/series-editor-layout.tsx';
import type { CheckInEntry } from '../service.ts';

export interface AttendancePageProps {
  ctx: ViewContext;
  series: SeriesRow;
  module: ModuleRow;
  /** the module's place in the series, from 1 */
  number: number;
  participants: CheckInEntry[];
  notice?: string | undefined;
}

/**
 * The check-in list of a module: every participant with whether they were there and a button
 * for the other state. Each button is its own small form, so it works without JavaScript.
 */
export function AttendancePage(props: AttendancePageProps) {
  const { ctx, series, module, participants } = props;
  const m = ctx.t.seminarsOperations.attendance;
  const name = `${ctx.t.seminars.moduleNumber(props.number)}: ${module.title}`;
  const present = participants.filter((p) => p.present).length;
  return (
    <SeriesEditorLayout
      ctx={ctx}
      series={series}
      title={m.title(name)}
      parents={[{ href: editorSeriesPath(series.id, 'teilnehmende'), label: ctx.t.seminars.editorSections.participants }]}
      notice={props.notice}
    >
      <p class="kern-body">{m.lead}</p>
      <p class="kern-body kern-body--large" id="attendance-counter">
        {m.counter(present, participants.length)}
      </p>
      {participants.length === 0 ? (
        <p class="kern-body">{m.none}</p>
      ) : (
        <Table
          caption={m.caption}
          captionHidden
          head={[m.columns.name, m.columns.organisation, m.columns.state, m.columns.action]}
          rows={participants.map((p) => [
            <span id={`p-${p.registration.userId}`}>{p.displayName}</span>,
            p.organisationName ?? ctx.t.seminarsOperations.participants.none,
            <Tag colour={p.present ? 'green' : 'grey'}>{p.present ? m.present : m.absent}</Tag>,
            <Form ctx={ctx} action={editorModulePath(series.id, module.id, `anwesenheit/${p.registration.userId}`)} class="dk-inline-form">
              {p.present ? (
                <Button variant="secondary" name="anwesend" value="nein">
                  {m.markAbsent}
                  <span class="kern-sr-only">: {p.displayName}</span>
                </Button>
              ) : (
                <Button name="anwesend" value="ja">
                  {m.markPresent}
                  <span class="kern-sr-only">: {p.displayName}</span>
                </Button>
              )}
            </Form>,
          ])}
        />
      )}
    </SeriesEditorLayout>
  );
}
