import type { FieldError, FormValues } from '../../../../platform/http/form.ts';
import { Button, Choices, ErrorSummary, Form, TextArea, errorFor, valueFor } from '../../../../platform/views/components/form.tsx';
import type { ViewContext } from '../../../../platform/views/context.ts';
import { ORGANISATIONS_PATH } from '../../../organisations/service.ts';
import { adoptPath, adoptionPath, solutionPath } from '../../core/paths.ts';
import type { MyOrganisation } from '../service.ts';
import { AdoptionsLayout } from './shared.tsx';

export interface AdoptPageProps {
  ctx: ViewContext;
  solution: { title: string; slug: string; ownerOrganisationId: string };
  organisations: MyOrganisation[];
  submissionId: string;
  values?: FormValues | undefined;
  errors?: FieldError[] | undefined;
  /** the open adoption a refused request points to */
  openAdoptionId?: string | undefined;
}

/**
 * "Nachnutzen": a member asks for one of their organisations. Who belongs to none learns how
 * to join one; the owner organisation is not offered, as it does not adopt its own solution.
 */
export function AdoptPage(props: AdoptPageProps) {
  const { ctx, solution, errors, values } = props;
  const m = ctx.t.solutionsAdoptions;
  const title = m.adopt.title(solution.title);
  const choices = props.organisations.filter((o) => o.id !== solution.ownerOrganisationId);
  const chosen = values ? valueFor(values, 'organisationId') : choices.length === 1 ? choices[0]!.id : '';
  return (
    <AdoptionsLayout ctx={ctx} title={title} crumbs={[{ href: solutionPath(solution.slug), label: solution.title }, { label: title }]}>
      <ErrorSummary ctx={ctx} errors={errors} />
      <h1 class="kern-heading-x-large">{title}</h1>
      {props.openAdoptionId ? (
        <p class="kern-body">
          <a href={adoptionPath(props.openAdoptionId)}>{m.errors.openAdoption}</a>
        </p>
      ) : null}
      {props.organisations.length === 0 ? (
        <>
          <h2 class="kern-heading-medium">{m.noOrganisation.title}</h2>
          <p class="kern-body">{m.noOrganisation.body}</p>
          <p class="kern-body">
            <a href={ORGANISATIONS_PATH}>{m.noOrganisation.link}</a>
          </p>
        </>
      ) : choices.length === 0 ? (
        <p class="kern-body">{m.adopt.onlyOwner}</p>
      ) : (
        <>
          <p class="kern-body">{m.adopt.lead}</p>
          <Form ctx={ctx} action={adoptPath(solution.slug)} submissionId={props.submissionId}>
            <Choices
              type="radio"
              name="organisationId"
              label={m.adopt.organisation}
              hint={m.adopt.organisationHint}
              options={choices.map((o) => ({ value: o.id, label: o.name }))}
              selected={chosen ? [chosen] : []}
              error={errorFor(errors, 'organisationId')}
            />
            <TextArea
              name="message"
              label={m.adopt.message}
              hint={m.adopt.messageHint}
              value={valueFor(values, 'message')}
              error={errorFor(errors, 'message')}
              rows={8}
              maxLength={5000}
            />
            <Button>{m.adopt.submit}</Button>
          </Form>
        </>
      )}
      <p class="kern-body">
        <a href={solutionPath(solution.slug)}>{m.adopt.back(solution.title)}</a>
      </p>
    </AdoptionsLayout>
  );
}
