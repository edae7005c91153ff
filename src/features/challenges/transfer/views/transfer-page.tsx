import type { FieldError } from '../../../../platform/http/form.ts';
import { Notice } from '../../../../platform/views/components/content.tsx';
import { Button, ButtonLink, Choices, ErrorSummary, Form, errorFor } from '../../../../platform/views/components/form.tsx';
import type { ViewContext } from '../../../../platform/views/context.ts';
import { Layout } from '../../../../platform/views/layout.tsx';
import { ORGANISATIONS_PATH } from '../../../organisations/service.ts';
import { CHALLENGES_PATH, SUBMISSIONS_PATH, submissionPath } from '../../core/paths.ts';
import type { TransferOwner } from '../service.ts';

export interface TransferPageProps {
  ctx: ViewContext;
  submission: { id: string; title: string };
  owner: TransferOwner;
  /** the solution made of it already, with the owner's name and whether the person may open it */
  solution?: { href: string | undefined; organisationName: string | undefined } | undefined;
  notice?: string | undefined;
  submissionId: string;
  chosen?: string | undefined;
  errors?: FieldError[] | undefined;
}

/**
 * "Als Lösung übernehmen": what is copied into the library and who will own the profile; the
 * person confirms with one button. Done already: the way to the solution instead.
 */
export function TransferPage(props: TransferPageProps) {
  const { ctx, submission, owner, errors } = props;
  const m = ctx.t.challengesQuestions.transfer;
  const crumbs = [
    { href: CHALLENGES_PATH, label: ctx.t.challenges.nav },
    { href: SUBMISSIONS_PATH, label: ctx.t.challenges.submissionStatus.submitted },
    { href: submissionPath(submission.id), label: submission.title },
    { label: m.title },
  ];
  return (
    <Layout ctx={ctx} title={m.title} breadcrumbs={crumbs}>
      <ErrorSummary ctx={ctx} errors={errors} />
      <Notice ctx={ctx} notice={props.notice} />
      <h1 class="kern-heading-x-large">{m.title}</h1>
      {props.solution ? (
        <>
          <p class="kern-body">{props.solution.organisationName ? m.created(props.solution.organisationName) : m.exists}</p>
          {props.solution.href ? <ButtonLink href={props.solution.href}>{m.toSolution}</ButtonLink> : null}
        </>
      ) : (
        <>
          <p class="kern-body">{m.lead(submission.title)}</p>
          <p class="kern-body">{m.copied}</p>
          <ul class="kern-list">
            {m.copiedItems.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
          <p class="kern-body">{m.draft}</p>
          <h2 class="kern-heading-medium">{m.owner}</h2>
          {owner.kind === 'none' ? (
            <>
              <p class="kern-body">{m.noOrganisation}</p>
              <ButtonLink href={`${ORGANISATIONS_PATH}/neu`} variant="secondary">
                {m.createOrganisation}
              </ButtonLink>
            </>
          ) : (
            <Form ctx={ctx} action={submissionPath(submission.id, 'loesung')} submissionId={props.submissionId}>
              {owner.kind === 'organisation' ? (
                <p class="kern-body">{m.ownerIs(owner.organisation.name)}</p>
              ) : (
                <Choices
                  type="radio"
                  name="organisationId"
                  label={m.chooseOrganisation}
                  hint={m.chooseHint}
                  options={owner.organisations.map((o) => ({ value: o.id, label: o.name }))}
                  selected={props.chosen ? [props.chosen] : owner.organisations.length === 1 ? [owner.organisations[0]!.id] : []}
                  error={errorFor(errors, 'organisationId')}
                />
              )}
              <Button>{m.submit}</Button>
            </Form>
          )}
        </>
      )}
      <p class="kern-body">
        <a href={submissionPath(submission.id)}>{m.back}</a>
      </p>
    </Layout>
  );
}
