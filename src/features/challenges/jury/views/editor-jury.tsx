import type { FieldError, FormValues } from '../../../../platform/http/form.ts';
import { ErrorSummary } from '../../../../platform/views/components/form.tsx';
import type { ViewContext } from '../../../../platform/views/context.ts';
import { AssignForm, AssignmentTable } from '../../../review/ui.ts';
import { editorChallengePath } from '../../core/paths.ts';
import type { ChallengeRow } from '../../core/repository.ts';
import type { ChallengePhase } from '../../core/rules.ts';
import { ChallengeEditorLayout } from '../../core/views/challenge-editor-layout.tsx';
import type { JuryOverview } from '../service.ts';

/** Who reviews what: the assignment form while the jury works and, per submission, its jurors with their state. */
export function JuryPage(props: {
  ctx: ViewContext;
  challenge: ChallengeRow;
  phase: ChallengePhase;
  overview: JuryOverview;
  notice?: string | undefined;
  values?: FormValues | undefined;
  errors?: FieldError[] | undefined;
}) {
  const { ctx, challenge, overview, values, errors } = props;
  const m = ctx.t.challengesJury.editor;
  const open = props.phase === 'jury';
  const conflicts = overview.assignments.filter((a) => a.conflict === 'declared').length;
  const subjects = new Map(overview.subjects.map((s) => [s.id, { title: s.title, href: editorChallengePath(challenge.id, `rangliste/${s.id}`) }]));
  return (
    <ChallengeEditorLayout
      ctx={ctx}
      challenge={challenge}
      title={m.title}
      section="jury"
      notice={props.notice}
      top={<ErrorSummary ctx={ctx} errors={errors} />}
    >
      <p class="kern-body">{m.lead}</p>
      {challenge.blindReview ? <p class="kern-body">{m.blind}</p> : null}
      {props.phase === 'decided' ? <p class="kern-body">{m.decided}</p> : open ? null : <p class="kern-body">{m.notYet}</p>}
      {overview.subjects.length === 0 ? (
        <p class="kern-body">{m.none}</p>
      ) : !open ? null : overview.jurors.length === 0 ? (
        <p class="kern-body">{m.noJurors}</p>
      ) : (
        <>
          <h2 class="kern-heading-medium">{m.assign}</h2>
          <AssignForm
            ctx={ctx}
            action={editorChallengePath(challenge.id, 'jury')}
            subjects={{
              field: 'submissionIds',
              label: m.submissions,
              hint: m.submissionsHint,
              options: overview.subjects.map((s) => ({ value: s.id, label: s.title })),
            }}
            jurors={overview.jurors}
            words={{ jurors: m.jurors, jurorsHint: m.jurorsHint, button: m.assignButton }}
            values={values}
            errors={errors}
          />
        </>
      )}
      {overview.subjects.length > 0 ? (
        <>
          <h2 class="kern-heading-medium">{m.assigned}</h2>
          {conflicts > 0 && open ? <p class="kern-body">{m.reassign(conflicts)}</p> : null}
          <AssignmentTable
            ctx={ctx}
            assignments={overview.assignments}
            subjects={subjects}
            subjectHeading={m.subject}
            unassignAction={open ? (id) => editorChallengePath(challenge.id, `jury/${id}/entfernen`) : undefined}
          />
        </>
      ) : null}
    </ChallengeEditorLayout>
  );
}
