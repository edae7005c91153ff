import type { FieldError, FormValues } from '../../../../platform/http/form.ts';
import { NotificationBanner, Notice } from '../../../../platform/views/components/content.tsx';
import { Button, ErrorSummary, Form, Select, TextField, errorFor, valueFor } from '../../../../platform/views/components/form.tsx';
import type { ViewContext } from '../../../../platform/views/context.ts';
import { fundingYears } from '../../core/application-rules.ts';
import { BUDGET_CATEGORIES } from '../../core/application-tables.ts';
import { formatEuro } from '../../../../platform/text/money.ts';
import { applicationPath } from '../../core/paths.ts';
import type { ApplicationDossier } from '../service.ts';
import { BackLink } from './answer-pages.tsx';
import { ApplicationLayout, BudgetTable } from './shared.tsx';

export function BudgetPage(props: {
  ctx: ViewContext;
  dossier: ApplicationDossier;
  submissionId: string;
  notice?: string | undefined;
  values?: FormValues | undefined;
  errors?: FieldError[] | undefined;
}) {
  const { ctx, dossier, values, errors } = props;
  const b = ctx.t.competitionApplications.budget;
  const euro = (cents: number) => formatEuro(ctx.locale, cents);
  const years = fundingYears(dossier.call);
  const id = dossier.application.id;
  const problems = dossier.budgetProblems.filter((p) => p !== 'empty');
  return (
    <ApplicationLayout ctx={ctx} dossier={dossier} title={b.title}>
      <ErrorSummary ctx={ctx} errors={errors} />
      <Notice ctx={ctx} notice={props.notice} />
      <h1 class="kern-heading-x-large">{b.title}</h1>
      <p class="kern-body">{b.lead(dossier.call.ownSharePercent, euro(dossier.call.maxAmountCents))}</p>
      {problems.length > 0 ? (
        <NotificationBanner ctx={ctx} variant="warning">
          <ul class="kern-list">
            {problems.map((p) => (
              <li key={p}>{p === 'overMax' ? b.problems.overMax(euro(dossier.totals.requestedCents), euro(dossier.call.maxAmountCents)) : b.problems[p]}</li>
            ))}
          </ul>
        </NotificationBanner>
      ) : null}
      <BudgetTable
        ctx={ctx}
        dossier={dossier}
        actions={(itemId, description) => (
          <Form ctx={ctx} action={applicationPath(id, `finanzplan/${itemId}/entfernen`)}>
            <Button variant="tertiary" ariaLabel={b.removeLabel(description)}>
              {b.remove}
            </Button>
          </Form>
        )}
      />
      <h2 class="kern-heading-medium">{b.add}</h2>
      <Form ctx={ctx} action={applicationPath(id, 'finanzplan')} submissionId={props.submissionId}>
        <Select
          name="category"
          label={b.category}
          value={valueFor(values, 'category')}
          error={errorFor(errors, 'category')}
          options={BUDGET_CATEGORIES.map((c) => ({ value: c, label: b.categories[c] }))}
        />
        <Select
          name="year"
          label={b.year}
          hint={b.yearHint(years[0]!, years.at(-1)!)}
          value={valueFor(values, 'year')}
          error={errorFor(errors, 'year')}
          options={years.map((y) => ({ value: String(y), label: String(y) }))}
        />
        <TextField
          name="description"
          label={b.description}
          hint={b.descriptionHint}
          value={valueFor(values, 'description')}
          error={errorFor(errors, 'description')}
          maxLength={300}
        />
        <TextField
          name="amount"
          label={b.amount}
          hint={b.amountHint}
          inputMode="decimal"
          width="half"
          value={valueFor(values, 'amount')}
          error={errorFor(errors, 'amount')}
          maxLength={30}
        />
        <Button>{b.addButton}</Button>
      </Form>
      <BackLink ctx={ctx} dossier={dossier} />
    </ApplicationLayout>
  );
}
