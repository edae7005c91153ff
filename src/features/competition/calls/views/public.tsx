import { fileTypeLabel, formatFileSize } from '../../../../platform/files/index.ts';
import { formatDateTime } from '../../../../platform/i18n/dates.ts';
import { Markdown } from '../../../../platform/markdown/markdown.tsx';
import type { FieldOfAction } from '../../../../platform/taxonomy/fields-of-action.ts';
import { Card } from '../../../../platform/views/components/content.tsx';
import type { ViewContext } from '../../../../platform/views/context.ts';
import { Layout } from '../../../../platform/views/layout.tsx';
import { organisationPath } from '../../../organisations/service.ts';
import type { IneligibleReason } from '../../core/eligibility.ts';
import { callPhase } from '../../core/phase.ts';
import { formatEuro } from '../../../../platform/text/money.ts';
import {
  APPLICATIONS_PATH,
  applicationPath,
  ARCHIVE_PATH,
  JURY_PATH,
  callDocumentPath,
  callPath,
  PUBLIC_PATH,
  SHOWCASE_PATH,
  startApplicationPath,
} from '../../core/paths.ts';
import { Button, ButtonLink, Form } from '../../../../platform/views/components/form.tsx';
import type { ShowcaseRow } from '../../projects/repository.ts';
import { ProjectCards } from '../../projects/views/showcase.tsx';
import type { CompetitionCallRow } from '../../core/repository.ts';
import { CallFacts, count, Deadline, PhaseTag } from '../../core/views/call-facts.tsx';
import type { CriterionRow } from '../../core/form-repository.ts';
import { CriteriaTable } from '../../core/views/criteria.tsx';

/** What the page says to the person looking at it about applying. */
export type ApplicantView =
  | { kind: 'anonymous'; loginHref: string }
  | { kind: 'noOrganisation' }
  | {
      kind: 'organisations';
      /** each managed organisation: why it may not apply, and its current application, if it has one */
      organisations: { id: string; name: string; slug: string; reasons: IneligibleReason[]; applicationId: string | undefined }[];
    };

/** What a closed call funded: how many projects, with how much together. */
export interface CallResult {
  projects: number;
  amountCents: number;
}

function CallCards(props: { ctx: ViewContext; calls: CompetitionCallRow[]; now: Date; results?: Map<string, CallResult> }) {
  return (
    <div class="dk-grid">
      {props.calls.map((call) => {
        const result = props.results?.get(call.id);
        return (
          <Card key={call.id} title={call.title} href={callPath(call.slug)} meta={<PhaseTag ctx={props.ctx} phase={callPhase(call, props.now)} />}>
            <p class="kern-body">{call.summary}</p>
            <Deadline ctx={props.ctx} call={call} now={props.now} />
            {result && result.projects > 0 ? (
              <p class="kern-body">
                <a href={`${SHOWCASE_PATH}?wettbewerb=${call.slug}`}>
                  {props.ctx.t.competition.public.archiveResult(result.projects, formatEuro(props.ctx.locale, result.amountCents))}
                </a>
              </p>
            ) : null}
          </Card>
        );
      })}
    </div>
  );
}

export function CallListPage(props: { ctx: ViewContext; calls: CompetitionCallRow[]; now: Date }) {
  const { ctx } = props;
  const m = ctx.t.competition.public;
  return (
    <Layout ctx={ctx} title={m.title} breadcrumbs={[{ label: m.title }]}>
      <h1 class="kern-heading-x-large">{m.title}</h1>
      <p class="kern-body kern-body--large">{m.lead}</p>
      <h2 class="kern-heading-large">{m.current}</h2>
      {props.calls.length === 0 ? <p class="kern-body">{m.none}</p> : <CallCards ctx={ctx} calls={props.calls} now={props.now} />}
      <ul class="kern-list">
        {ctx.user ? (
          <li>
            <a href={APPLICATIONS_PATH}>{ctx.t.competitionApplications.mine.title}</a>
          </li>
        ) : null}
        {ctx.user?.siteRole === 'juror' ? (
          <li>
            <a href={JURY_PATH}>{ctx.t.competitionJury.juror.title}</a>
          </li>
        ) : null}
        <li>
          <a href={SHOWCASE_PATH}>{ctx.t.competition.projects.title}</a>
        </li>
        <li>
          <a href={ARCHIVE_PATH}>{m.archiveLink}</a>
        </li>
      </ul>
    </Layout>
  );
}

export function ArchivePage(props: { ctx: ViewContext; calls: CompetitionCallRow[]; results: Map<string, CallResult>; now: Date }) {
  const { ctx } = props;
  const m = ctx.t.competition.public;
  return (
    <Layout ctx={ctx} title={m.archiveTitle} breadcrumbs={[{ href: PUBLIC_PATH, label: m.title }, { label: m.archiveTitle }]}>
      <h1 class="kern-heading-x-large">{m.archiveTitle}</h1>
      <p class="kern-body">{m.archiveLead}</p>
      {props.calls.length === 0 ? (
        <p class="kern-body">{m.archiveEmpty}</p>
      ) : (
        <CallCards ctx={ctx} calls={props.calls} now={props.now} results={props.results} />
      )}
    </Layout>
  );
}

function ReasonText(props: { ctx: ViewContext; call: CompetitionCallRow; reason: IneligibleReason }) {
  const { ctx, call, reason } = props;
  const r = ctx.t.competition.public.reasons;
  const state = call.agsPrefix ? (ctx.t.competition.states[call.agsPrefix] ?? call.agsPrefix) : '';
  switch (reason) {
    case 'type': {
      const names = call.eligibleTypes.map((t) => ctx.t.organisations.types[t as keyof typeof ctx.t.organisations.types] ?? t);
      return <>{r.type(names.join(', '))}</>;
    }
    case 'state':
      return <>{r.state(state)}</>;
    case 'noKey':
      return <>{r.noKey(state)}</>;
    case 'populationUnknown':
      return <>{r.populationUnknown}</>;
    case 'populationTooSmall':
      return <>{r.populationTooSmall(count(ctx, call.populationMin ?? 0))}</>;
    case 'populationTooLarge':
      return <>{r.populationTooLarge(count(ctx, call.populationMax ?? 0))}</>;
  }
}

/** Whether the person, through the organisations they manage, meets the call's conditions, and if not, why. */
function ApplicantSection(props: { ctx: ViewContext; call: CompetitionCallRow; view: ApplicantView; now: Date }) {
  const { ctx, call, view } = props;
  const m = ctx.t.competition.public;
  const a = ctx.t.competitionApplications.start;
  const phase = callPhase(call, props.now);
  return (
    <section aria-labelledby="bewerben">
      <h2 class="kern-heading-large" id="bewerben">
        {m.youTitle}
      </h2>
      {phase === 'closed' ? <p class="kern-body">{m.closed}</p> : null}
      {phase === 'upcoming' ? <p class="kern-body">{m.notYetOpen(formatDateTime(ctx.locale, call.opensAt))}</p> : null}
      {view.kind === 'anonymous' ? (
        <p class="kern-body">
          {m.signIn} <a href={view.loginHref}>{m.signInLink}</a>
        </p>
      ) : view.kind === 'noOrganisation' ? (
        <p class="kern-body">
          {m.noOrganisation} <a href="/netzwerk/organisationen">{m.organisationsLink}</a>
        </p>
      ) : (
        view.organisations.map((o) =>
          o.reasons.length === 0 ? (
            <div key={o.slug}>
              <p class="kern-body">{m.eligibleOrganisation(o.name)}</p>
              {o.applicationId ? (
                <ButtonLink href={applicationPath(o.applicationId)}>{a.continue(o.name)}</ButtonLink>
              ) : phase === 'open' ? (
                <Form ctx={ctx} action={startApplicationPath(call.slug)}>
                  <input type="hidden" name="organisationId" value={o.id} />
                  <Button ariaLabel={`${a.button}: ${o.name}`}>{a.button}</Button>
                </Form>
              ) : null}
            </div>
          ) : (
            <div key={o.slug}>
              <p class="kern-body">{m.ineligibleOrganisation(o.name)}</p>
              <ul class="kern-list">
                {o.reasons.map((reason) => (
                  <li key={reason}>
                    <ReasonText ctx={ctx} call={call} reason={reason} />
                  </li>
                ))}
              </ul>
              {o.reasons.some((r) => r !== 'type') ? (
                <p class="kern-body">
                  <a href={`${organisationPath(o.slug)}/bearbeiten`}>{m.fixProfile}</a>
                </p>
              ) : null}
            </div>
          ),
        )
      )}
    </section>
  );
}

/** What the application form asks about and what the jury scores by, once the editors have set them. */
function ApplicationContents(props: { ctx: ViewContext; sections: string[]; criteria: CriterionRow[] }) {
  const m = props.ctx.t.competition.form.public;
  return (
    <>
      {props.sections.length > 0 ? (
        <section aria-labelledby="inhalt">
          <h2 class="kern-heading-large" id="inhalt">
            {m.contentsTitle}
          </h2>
          <p class="kern-body">{m.contentsLead}</p>
          <ol class="kern-list kern-list--number">
            {props.sections.map((title, i) => (
              <li key={i}>{title}</li>
            ))}
          </ol>
        </section>
      ) : null}
      {props.criteria.length > 0 ? (
        <section aria-labelledby="kriterien">
          <h2 class="kern-heading-large" id="kriterien">
            {m.criteriaTitle}
          </h2>
          <p class="kern-body">{m.criteriaLead}</p>
          <CriteriaTable ctx={props.ctx} criteria={props.criteria} />
        </section>
      ) : null}
    </>
  );
}

/** A document of the call (call text, guidance) as its page lists it. */
export interface CallDocumentLink {
  id: string;
  title: string;
  contentType: string;
  size: number;
}

/** The call's documents as downloads, each with its type and size ("PDF, 240 KB"). */
function CallDocuments(props: { ctx: ViewContext; call: CompetitionCallRow; documents: CallDocumentLink[] }) {
  const { ctx } = props;
  const m = ctx.t.competitionDocuments.public;
  return (
    <section aria-labelledby="unterlagen">
      <h2 class="kern-heading-large" id="unterlagen">
        {m.title}
      </h2>
      <ul class="kern-list">
        {props.documents.map((d) => (
          <li key={d.id}>
            <a href={callDocumentPath(props.call.slug, d.id)}>{`${d.title} (${m.file(fileTypeLabel(d.contentType), formatFileSize(ctx.locale, d.size))})`}</a>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function CallPage(props: {
  ctx: ViewContext;
  call: CompetitionCallRow;
  fields: FieldOfAction[];
  applicant: ApplicantView;
  /** the call's funded projects, once there are any */
  projects: ShowcaseRow[];
  /** the titles of the sections of the call's application form */
  sections: string[];
  /** what the jury scores, with the weights */
  criteria: CriterionRow[];
  /** the call text and guidance to download, in the editors' order */
  documents: CallDocumentLink[];
  now: Date;
}) {
  const { ctx, call } = props;
  const m = ctx.t.competition.public;
  return (
    <Layout ctx={ctx} title={call.title} breadcrumbs={[{ href: PUBLIC_PATH, label: m.title }, { label: call.title }]}>
      <h1 class="kern-heading-x-large">{call.title}</h1>
      <p class="kern-body kern-body--large">{call.summary}</p>
      <Deadline ctx={ctx} call={call} now={props.now} />
      {props.projects.length > 0 ? (
        <section aria-labelledby="gefoerdert">
          <h2 class="kern-heading-large" id="gefoerdert">
            {ctx.t.competition.projects.resultsTitle}
          </h2>
          <ProjectCards ctx={ctx} projects={props.projects} fields={props.fields} />
          <p class="kern-body">
            <a href={SHOWCASE_PATH}>{ctx.t.competition.projects.allProjects}</a>
          </p>
        </section>
      ) : null}
      <h2 class="kern-heading-large">{m.factsTitle}</h2>
      <CallFacts ctx={ctx} call={call} fields={props.fields} now={props.now} />
      <p class="kern-hint">{m.timeZone}</p>
      <ApplicantSection ctx={ctx} call={call} view={props.applicant} now={props.now} />
      <section aria-labelledby="aufruf">
        <h2 class="kern-heading-large" id="aufruf">
          {m.callText}
        </h2>
        <Markdown text={call.description} headingLevel={2} idPrefix="aufruf-" />
      </section>
      {props.documents.length > 0 ? <CallDocuments ctx={ctx} call={call} documents={props.documents} /> : null}
      <ApplicationContents ctx={ctx} sections={props.sections} criteria={props.criteria} />
    </Layout>
  );
}
