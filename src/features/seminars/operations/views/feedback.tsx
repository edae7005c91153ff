import { formatDate } from '../../../../platform/i18n/dates.ts';
import { Table } from '../../../../platform/views/components/content.tsx';
import type { ViewContext } from '../../../../platform/views/context.ts';
import { editorSeriesPath } from '../../core/paths.ts';
import type { ModuleRow, SeriesRow } from '../../core/repository.ts';
import { SeriesEditorLayout } from '../../core/views/series-editor-layout.tsx';
import type { FeedbackSummary } from '../service.ts';

export interface FeedbackPageProps {
  ctx: ViewContext;
  series: SeriesRow;
  module: ModuleRow;
  /** the module's place in the series, from 1 */
  number: number;
  feedback: FeedbackSummary;
}

/** What the participants said about a pilot module, for the editors who plan the next ones. */
export function FeedbackPage(props: FeedbackPageProps) {
  const { ctx, series, module, feedback } = props;
  const m = ctx.t.seminarsOperations.feedback;
  const name = `${ctx.t.seminars.moduleNumber(props.number)}: ${module.title}`;
  return (
    <SeriesEditorLayout
      ctx={ctx}
      series={series}
      title={m.title(name)}
      parents={[{ href: editorSeriesPath(series.id, 'teilnehmende'), label: ctx.t.seminars.editorSections.participants }]}
    >
      <p class="kern-body">{m.lead}</p>
      {feedback.average === undefined ? (
        <p class="kern-body">{m.none}</p>
      ) : (
        <>
          <p class="kern-body kern-body--large">
            {m.count(feedback.answers.length)}. {m.average(feedback.average)}
          </p>
          <Table
            caption={m.caption}
            captionHidden
            head={[m.columns.name, m.columns.rating, m.columns.comment, m.columns.date]}
            rows={feedback.answers.map((a) => [
              a.displayName ?? m.deletedPerson,
              m.rating(a.rating),
              a.comment || m.noComment,
              formatDate(ctx.locale, a.createdAt),
            ])}
          />
        </>
      )}
    </SeriesEditorLayout>
  );
}
