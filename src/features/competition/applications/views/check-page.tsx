import type { FieldError } from '../../../../platform/http/form.ts';
import { Button, Choices, ErrorSummary, Form, errorFor } from '../../../../platform/views/components/form.tsx';
import type { ViewContext } from '../../../../platform/views/context.ts';
import type { Blocker } from '../../core/application-rules.ts';
import { applicationPath } from '../../core/paths.ts';
import type { ApplicationDossier } from '../service.ts';
import { BackLink } from './answer-pages.tsx';
import { ApplicationLayout, ApplicationSummary, SubmissionFacts } from './shared.tsx';

/** Where each blocker is fixed, and in which words. */
function blockerLink(ctx: ViewContext, dossier: ApplicationDossier, blocker: Blocker): { href: string; text: string } {
  const b = ctx.t.competitionApplications.check.blockers;
  const id = dossier.application.id;
  switch (blocker.task) {
    case 'project':
      return { href: applicationPath(id, 'vorhaben'), text: b.project };
    case 'section': {
      const title = dossier.form.find((s) => s.id === blocker.sectionId)?.title ?? '';
      return { href: applicationPath(id, `abschnitt/${blocker.sectionId}`), text: b.section(title) };
    }
    case 'budget':
      return { href: applicationPath(id, 'finanzplan'), text: b.budget };
    case 'partners':
      return { href: applicationPath(id, 'partner'), text: b.partners };
  }
}

/** "Check your answers": everything with change links, what still blocks, the declaration and the button. */
export function CheckPage(props: { ctx: ViewContext; dossier: ApplicationDossier; errors?: FieldError[] | undefined }) {
  const { ctx, dossier } = props;
  const m = ctx.t.competitionApplications.check;
  const blockers = dossier.blockers.map((b) => blockerLink(ctx, dossier, b));
  return (
    <ApplicationLayout ctx={ctx} dossier={dossier} title={m.title}>
      <ErrorSummary ctx={ctx} errors={props.errors} />
      {blockers.length > 0 ? (
        <div class="kern-alert kern-alert--warning" role="region" aria-labelledby="blockers-title">
          <div class="kern-alert__header">
            <span class="kern-icon kern-icon--warning" aria-hidden="true" />
            <h2 class="kern-title" id="blockers-title">
              {m.blocked}
            </h2>
          </div>
          <div class="kern-alert__body">
            <ul class="kern-list">
              {blockers.map((b) => (
                <li key={b.href}>
                  <a href={b.href}>{b.text}</a>
                </li>
              ))}
            </ul>
          </div>
        </div>
      ) : null}
      <h1 class="kern-heading-x-large">{m.title}</h1>
      <p class="kern-body">{m.lead}</p>
      <ApplicationSummary ctx={ctx} dossier={dossier} changeLinks />
      {blockers.length === 0 ? (
        <Form ctx={ctx} action={applicationPath(dossier.application.id, 'absenden')}>
          <Choices
            type="checkbox"
            name="declaration"
            label={m.declaration}
            error={errorFor(props.errors, 'declaration')}
            options={[{ value: '1', label: m.declarationLabel }]}
          />
          <Button>{m.submit}</Button>
        </Form>
      ) : null}
      <BackLink ctx={ctx} dossier={dossier} />
    </ApplicationLayout>
  );
}

/** The confirmation after submitting: the reference, large, and what happens next. */
export function SubmittedPage(props: { ctx: ViewContext; dossier: ApplicationDossier }) {
  const { ctx, dossier } = props;
  const m = ctx.t.competitionApplications;
  return (
    <ApplicationLayout ctx={ctx} dossier={dossier} title={m.done.title}>
      <h1 class="kern-heading-x-large">{m.done.title}</h1>
      <p class="kern-body kern-body--large">
        {m.done.reference}: <code class="dk-reference">{dossier.application.reference}</code>
      </p>
      <SubmissionFacts ctx={ctx} dossier={dossier} for="applicant" />
      <p class="kern-body">
        <a href={applicationPath(dossier.application.id, 'eingangsbestaetigung.pdf')} download>
          {m.taskList.receipt}
        </a>
      </p>
      <h2 class="kern-heading-medium">{m.done.next}</h2>
      <p class="kern-body">{m.done.nextBody}</p>
      <BackLink ctx={ctx} dossier={dossier} />
    </ApplicationLayout>
  );
}

/** The submitted application read-only, for the applicant. */
export function SubmittedAnswersPage(props: { ctx: ViewContext; dossier: ApplicationDossier }) {
  const { ctx, dossier } = props;
  const title = ctx.t.competitionApplications.taskList.view;
  return (
    <ApplicationLayout ctx={ctx} dossier={dossier} title={title}>
      <h1 class="kern-heading-x-large">{title}</h1>
      <SubmissionFacts ctx={ctx} dossier={dossier} for="applicant" />
      <ApplicationSummary ctx={ctx} dossier={dossier} changeLinks={false} />
      <BackLink ctx={ctx} dossier={dossier} />
    </ApplicationLayout>
  );
}

export function WithdrawPage(props: { ctx: ViewContext; dossier: ApplicationDossier }) {
  const { ctx, dossier } = props;
  const m = ctx.t.competitionApplications.withdraw;
  return (
    <ApplicationLayout ctx={ctx} dossier={dossier} title={m.title}>
      <h1 class="kern-heading-x-large">{m.title}</h1>
      <p class="kern-body">{m.lead(dossier.application.reference ?? '')}</p>
      <Form ctx={ctx} action={applicationPath(dossier.application.id, 'zurueckziehen')}>
        <div class="dk-actions">
          <Button variant="primary">{m.confirm}</Button>
        </div>
      </Form>
      <BackLink ctx={ctx} dossier={dossier} />
    </ApplicationLayout>
  );
}
