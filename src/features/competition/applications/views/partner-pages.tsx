import type { FieldError, FormValues } from '../../../../platform/http/form.ts';
import { SummaryList, Table, Notice } from '../../../../platform/views/components/content.tsx';
import { Button, ErrorSummary, Form, Select, TextArea, errorFor, valueFor } from '../../../../platform/views/components/form.tsx';
import { PlainText } from '../../../../platform/views/components/plain-text.tsx';
import type { ViewContext } from '../../../../platform/views/context.ts';
import { Layout } from '../../../../platform/views/layout.tsx';
import { APPLICATIONS_PATH, applicationPath, PUBLIC_PATH } from '../../core/paths.ts';
import type { CoApplicantRow } from '../repository.ts';
import type { ApplicationDossier } from '../service.ts';
import { BackLink } from './answer-pages.tsx';
import { ApplicationLayout } from './shared.tsx';

export function PartnersPage(props: {
  ctx: ViewContext;
  dossier: ApplicationDossier;
  choices: { id: string; name: string }[];
  submissionId: string;
  notice?: string | undefined;
  values?: FormValues | undefined;
  errors?: FieldError[] | undefined;
}) {
  const { ctx, dossier, values, errors } = props;
  const p = ctx.t.competitionApplications.partners;
  const id = dossier.application.id;
  const invited = new Set(dossier.partners.map((x) => x.organisationId));
  const choices = props.choices.filter((c) => c.id !== dossier.application.organisationId && !invited.has(c.id));
  const rows = dossier.partners.map((x) => [
    x.organisationName,
    x.part,
    p.states[x.status],
    <Form key={x.organisationId} ctx={ctx} action={applicationPath(id, `partner/${x.organisationId}/entfernen`)}>
      <Button variant="tertiary" ariaLabel={p.removeLabel(x.organisationName)}>
        {p.remove}
      </Button>
    </Form>,
  ]);
  return (
    <ApplicationLayout ctx={ctx} dossier={dossier} title={p.title}>
      <ErrorSummary ctx={ctx} errors={errors} />
      <Notice ctx={ctx} notice={props.notice} />
      <h1 class="kern-heading-x-large">{p.title}</h1>
      <p class="kern-body">{p.lead}</p>
      {rows.length === 0 ? (
        <p class="kern-body">{p.none}</p>
      ) : (
        <Table caption={p.caption} head={[p.head.organisation, p.head.part, p.head.status, p.head.actions]} rows={rows} />
      )}
      <h2 class="kern-heading-medium">{p.invite}</h2>
      <Form ctx={ctx} action={applicationPath(id, 'partner')} submissionId={props.submissionId}>
        <Select
          name="organisationId"
          label={p.organisation}
          hint={p.organisationHint}
          placeholder={ctx.t.competitionApplications.section.chooseOne}
          value={valueFor(values, 'organisationId')}
          error={errorFor(errors, 'organisationId')}
          options={choices.map((c) => ({ value: c.id, label: c.name }))}
        />
        <TextArea name="part" label={p.part} hint={p.partHint} value={valueFor(values, 'part')} error={errorFor(errors, 'part')} rows={3} maxLength={500} />
        <Button>{p.inviteButton}</Button>
      </Form>
      <BackLink ctx={ctx} dossier={dossier} />
    </ApplicationLayout>
  );
}

/** What the invited organisation's managers see of the application, and their answer. */
export function InvitationPage(props: { ctx: ViewContext; dossier: ApplicationDossier; partner: CoApplicantRow; notice?: string | undefined }) {
  const { ctx, dossier, partner } = props;
  const m = ctx.t.competitionApplications;
  const i = m.invitation;
  const a = dossier.application;
  const crumbs = [{ href: PUBLIC_PATH, label: ctx.t.competition.public.title }, { href: APPLICATIONS_PATH, label: m.mine.title }, { label: i.title }];
  return (
    <Layout ctx={ctx} title={i.title} breadcrumbs={crumbs}>
      <Notice ctx={ctx} notice={props.notice} />
      <p class="kern-preline">{partner.organisationName}</p>
      <h1 class="kern-heading-x-large">{i.title}</h1>
      <p class="kern-body">{i.lead(a.organisationName, dossier.call.title)}</p>
      <SummaryList
        ctx={ctx}
        rows={[
          { key: i.project, value: a.title || m.mine.untitled },
          { key: i.summary, value: <PlainText text={a.summary} /> },
          { key: i.part, value: <PlainText text={partner.part} /> },
        ]}
      />
      {partner.status !== 'invited' ? (
        <p class="kern-body">{i.answered(m.partners.states[partner.status])}</p>
      ) : a.status !== 'draft' ? (
        <p class="kern-body">{i.frozen}</p>
      ) : (
        <Form ctx={ctx} action={applicationPath(a.id, `einladung/${partner.organisationId}`)}>
          <h2 class="kern-heading-medium">{i.question}</h2>
          <div class="dk-actions">
            <Button name="answer" value="confirmed">
              {i.confirm}
            </Button>
            <Button name="answer" value="declined" variant="secondary">
              {i.decline}
            </Button>
          </div>
        </Form>
      )}
    </Layout>
  );
}
