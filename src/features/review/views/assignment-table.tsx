import { Table } from '../../../platform/views/components/content.tsx';
import { Button, Form } from '../../../platform/views/components/form.tsx';
import type { ViewContext } from '../../../platform/views/context.ts';
import type { AssignmentListRow } from '../repository.ts';
import type { SubjectLabel } from './ranking-table.tsx';
import { ConflictTag, jurorName, ReviewStatusTag } from './shared.tsx';

/**
 * The editors' overview of assignments (assignmentsOfProcess or one subject's): juror,
 * declaration with its note, state of the review, and a button to take the assignment back
 * while that is possible (no review submitted, no conflict declared). With `subjects`, a
 * column names each assignment's subject; `unassignAction` gives the address the button posts to.
 */
export function AssignmentTable(props: {
  ctx: ViewContext;
  assignments: readonly AssignmentListRow[];
  subjects?: ReadonlyMap<string, SubjectLabel> | undefined;
  subjectHeading?: string;
  /** where the unassign button of an assignment posts; without it, no buttons */
  unassignAction?: ((assignmentId: string) => string) | undefined;
  caption?: string;
}) {
  const { ctx, subjects, unassignAction } = props;
  const m = ctx.t.review.assignments;
  if (props.assignments.length === 0) return <p class="kern-body">{m.none}</p>;
  const removable = (a: AssignmentListRow) => a.conflict !== 'declared' && a.reviewStatus !== 'submitted';
  const rows = props.assignments.map((a) => {
    const name = jurorName(ctx, a.jurorName);
    const subject = subjects?.get(a.subjectId);
    return [
      ...(subjects ? [subject?.href ? <a href={subject.href}>{subject.title}</a> : (subject?.title ?? a.subjectId)] : []),
      name,
      <>
        <ConflictTag ctx={ctx} conflict={a.conflict} />
        {a.conflictNote ? <p class="kern-body kern-body--small">{a.conflictNote}</p> : null}
      </>,
      <ReviewStatusTag key={`r-${a.id}`} ctx={ctx} status={a.reviewStatus} />,
      ...(unassignAction
        ? [
            removable(a) ? (
              <Form ctx={ctx} action={unassignAction(a.id)} class="dk-inline-form">
                <Button variant="secondary" ariaLabel={m.unassignLabel(name)}>
                  {m.unassign}
                </Button>
              </Form>
            ) : (
              m.kept
            ),
          ]
        : []),
    ];
  });
  const head = [
    ...(subjects ? [props.subjectHeading ?? m.head.subject] : []),
    m.head.juror,
    m.head.conflict,
    m.head.review,
    ...(unassignAction ? [m.head.action] : []),
  ];
  return <Table caption={props.caption ?? m.caption} id="table-assignments" head={head} rows={rows} />;
}
