import type { FieldError, FormValues } from '../../../../platform/http/form.ts';
import type { FieldOfAction } from '../../../../platform/taxonomy/fields-of-action.ts';
import type { ViewContext } from '../../../../platform/views/context.ts';
import { EventProposalFields } from '../../../events/editor/proposal-service.ts';
import { workbenchPath } from '../../core/paths.ts';
import type { Workbench } from '../../core/require-strategy.ts';
import type { ParticipationRow } from '../repository.ts';
import { EntryPage } from './participation-page.tsx';

/** "Als Veranstaltung anlegen": the format's event, pre-filled from the format, sent to the editors as a draft. */
export function FormatEventPage(props: {
  ctx: ViewContext;
  workbench: Workbench;
  format: ParticipationRow;
  fields: FieldOfAction[];
  submissionId: string;
  values: FormValues;
  errors?: FieldError[] | undefined;
}) {
  const { ctx, workbench, format } = props;
  const m = ctx.t.strategyPlan.participation;
  return (
    <EntryPage
      ctx={ctx}
      workbench={workbench}
      title={`${m.proposeTitle}: ${format.format}`}
      state={{ values: props.values, errors: props.errors }}
      action={workbenchPath(workbench.organisation.slug, 'participation', `formate/${format.id}/veranstaltung`)}
      submissionId={props.submissionId}
      submitLabel={m.proposeSubmit}
    >
      <p class="kern-body">{m.proposeLead}</p>
      <EventProposalFields ctx={ctx} values={props.values} errors={props.errors} fields={props.fields} />
    </EntryPage>
  );
}
