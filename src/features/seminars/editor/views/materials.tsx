import type { FieldError, FormValues } from '../../../../platform/http/form.ts';
import { Table } from '../../../../platform/views/components/content.tsx';
import { Button, ErrorSummary, errorFor, Form, Select, valueFor } from '../../../../platform/views/components/form.tsx';
import { ActionButtonForm } from '../../../../platform/views/components/inline-forms.tsx';
import type { ViewContext } from '../../../../platform/views/context.ts';
import type { KnowledgeItemRow } from '../../../knowledge/material-service.ts';
import { itemPath } from '../../../knowledge/material-service.ts';
import { editorModulePath } from '../../core/paths.ts';
import type { ModuleRow, SeriesRow } from '../../core/repository.ts';
import { SeriesEditorLayout } from '../../core/views/series-editor-layout.tsx';
import type { MaterialChoice } from '../editor-service.ts';

/** A module's materials (knowledge items) in order, with the form to add one and a button to remove each. */
export function MaterialsPage(props: {
  ctx: ViewContext;
  series: SeriesRow;
  module: ModuleRow;
  materials: KnowledgeItemRow[];
  choices: MaterialChoice[];
  submissionId: string;
  notice?: string | undefined;
  values?: FormValues | undefined;
  errors?: FieldError[] | undefined;
}) {
  const { ctx, series, module } = props;
  const m = ctx.t.seminarsEditor.materials;
  const k = ctx.t.knowledge;
  return (
    <SeriesEditorLayout
      ctx={ctx}
      series={series}
      title={`${m.title}: ${module.title}`}
      parents={[{ href: editorModulePath(series.id, module.id), label: module.title }]}
      notice={props.notice}
      top={<ErrorSummary ctx={ctx} errors={props.errors} />}
    >
      {props.materials.length === 0 ? (
        <p class="kern-body">{m.none}</p>
      ) : (
        <Table
          caption={m.caption}
          head={[m.columns.title, m.columns.type, m.columns.status, m.columns.actions]}
          rows={props.materials.map((item) => [
            <a href={itemPath(item)}>{item.title}</a>,
            k.types[item.type],
            k.status[item.status],
            <ActionButtonForm
              ctx={ctx}
              action={editorModulePath(series.id, module.id, `materialien/${item.id}/entfernen`)}
              label={m.remove}
              about={item.title}
              variant="warning"
            />,
          ])}
        />
      )}
      <h2 class="kern-heading-medium">{m.addHeading}</h2>
      <Form ctx={ctx} action={editorModulePath(series.id, module.id, 'materialien')} submissionId={props.submissionId}>
        <Select
          name="knowledgeItemId"
          label={ctx.t.seminarsEditor.fields.material}
          hint={m.addHint}
          placeholder={ctx.t.seminarsEditor.fields.materialPlaceholder}
          value={valueFor(props.values, 'knowledgeItemId')}
          options={props.choices.map((c) => ({ value: c.id, label: `${c.title} (${k.types[c.type]}, ${k.status[c.status]})` }))}
          error={errorFor(props.errors, 'knowledgeItemId')}
        />
        <Button>{m.add}</Button>
      </Form>
    </SeriesEditorLayout>
  );
}
