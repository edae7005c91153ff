import type { ComponentChildren } from 'preact';
import { fileTypeLabel, formatFileSize } from '../../../../platform/files/index.ts';
import { formatCalendarMonth, formatDate } from '../../../../platform/i18n/dates.ts';
import { Markdown } from '../../../../platform/markdown/markdown.tsx';
import { fieldName, type FieldOfAction } from '../../../../platform/taxonomy/fields-of-action.ts';
import { formatEuro } from '../../../../platform/text/money.ts';
import { SummaryList, Tag, type SummaryRow } from '../../../../platform/views/components/content.tsx';
import { ButtonLink } from '../../../../platform/views/components/form.tsx';
import { Picture } from '../../../../platform/views/components/picture.tsx';
import { PlainText } from '../../../../platform/views/components/plain-text.tsx';
import type { ViewContext } from '../../../../platform/views/context.ts';
import { Layout } from '../../../../platform/views/layout.tsx';
import { ORGANISATION_TYPES } from '../../../organisations/service.ts';
import { adoptPath, LIBRARY_PATH, publiccodePath } from '../../core/paths.ts';
import { isSoftwareSolution } from '../../core/software-solution.ts';
import { SIZE_BANDS } from '../../core/tables.ts';
import { solutionDocumentPath } from '../paths.ts';
import type { ExperienceReport, SolutionProfile } from '../service.ts';
import { SolutionTags } from './tags.tsx';

/** Rows for the texts that were filled in; an empty field is left out rather than shown blank. */
function given(rows: { key: string; value: string; render?: (value: string) => ComponentChildren }[]): SummaryRow[] {
  return rows.filter((r) => r.value.trim() !== '').map((r) => ({ key: r.key, value: r.render ? r.render(r.value) : <PlainText text={r.value} /> }));
}

function Report(props: { ctx: ViewContext; report: ExperienceReport }) {
  const { ctx, report } = props;
  const p = ctx.t.solutionsLibrary.profile;
  return (
    <section>
      <h3 class="kern-heading-small">{p.reportBy(report.organisation?.name ?? '', formatDate(ctx.locale, report.reportedAt))}</h3>
      <SummaryList
        ctx={ctx}
        rows={given([
          { key: p.reportChanges, value: report.reportChanges },
          { key: p.reportCosts, value: report.reportCosts },
          { key: p.reportLessons, value: report.reportLessons },
        ])}
      />
    </section>
  );
}

export function SolutionPage(props: { ctx: ViewContext; profile: SolutionProfile; fields: FieldOfAction[] }) {
  const { ctx, profile } = props;
  const { solution: s } = profile;
  const m = ctx.t.solutionsLibrary;
  const p = m.profile;
  const words = ctx.t.solutions;
  const euro = (cents: number | null) => (cents === null ? p.notGiven : formatEuro(ctx.locale, cents));
  const fields = props.fields
    .filter((fa) => s.fieldsOfAction.includes(fa.slug))
    .map((fa) => fieldName(fa, ctx.locale))
    .join(', ');
  const types = ORGANISATION_TYPES.filter((type) => s.suitableTypes.includes(type))
    .map((type) => ctx.t.organisations.types[type])
    .join(', ');
  const sizes = SIZE_BANDS.filter((band) => s.sizeBands.includes(band))
    .map((band) => words.sizeBands[band])
    .join(', ');
  return (
    <Layout ctx={ctx} title={s.title} breadcrumbs={[{ href: LIBRARY_PATH, label: words.title }, { label: s.title }]}>
      {profile.owner ? (
        <p class="kern-body">
          <strong>{profile.owner.name}</strong>
        </p>
      ) : null}
      <h1 class="kern-heading-x-large">{s.title}</h1>
      <p class="kern-body kern-body--large">{s.summary}</p>
      {profile.picture ? <Picture picture={profile.picture} sizes="page" first /> : null}
      <SolutionTags ctx={ctx} maturity={s.maturity} openSource={s.openSource} reuses={profile.reuses} />

      <h2 class="kern-heading-large">{p.facts}</h2>
      <SummaryList
        ctx={ctx}
        rows={[
          ...(profile.owner ? [{ key: p.owner, value: <a href={profile.owner.href}>{profile.owner.name}</a> }] : []),
          { key: p.maturity, value: words.maturity[s.maturity] },
          ...(fields ? [{ key: p.fields, value: fields }] : []),
          ...(types ? [{ key: p.suitableFor, value: types }] : []),
          ...(sizes ? [{ key: p.sizes, value: sizes }] : []),
          ...(profile.project
            ? [{ key: p.fromProject, value: profile.project.href ? <a href={profile.project.href}>{profile.project.title}</a> : profile.project.title }]
            : []),
          ...(s.publishedAt ? [{ key: p.published, value: formatDate(ctx.locale, s.publishedAt) }] : []),
        ]}
      />

      <h2 class="kern-heading-large">{p.problem}</h2>
      <Markdown text={s.problem} headingLevel={2} idPrefix="problem-" />
      <h2 class="kern-heading-large">{p.approach}</h2>
      <Markdown text={s.approach} headingLevel={2} idPrefix="vorgehen-" />

      <h2 class="kern-heading-large">{p.costs}</h2>
      <SummaryList
        ctx={ctx}
        rows={[
          { key: p.costOneOff, value: euro(s.costOneOffCents) },
          { key: p.costYearly, value: s.costYearlyCents === null ? p.notGiven : p.perYear(formatEuro(ctx.locale, s.costYearlyCents)) },
          { key: p.effort, value: s.effortPersonDays === null ? p.notGiven : p.personDays(s.effortPersonDays) },
        ]}
      />

      <h2 class="kern-heading-large">{p.operation}</h2>
      <SummaryList
        ctx={ctx}
        rows={[
          ...given([
            { key: p.operatorModel, value: s.operatorModel },
            { key: p.partners, value: s.partners },
          ]),
          ...(s.licence || s.openSource
            ? [
                {
                  key: p.licence,
                  value: (
                    <>
                      {s.licence} {s.openSource ? <Tag colour="green">{m.openSourceTag}</Tag> : null}
                    </>
                  ),
                },
              ]
            : []),
          ...(s.repositoryUrl
            ? [
                {
                  key: p.repository,
                  value: (
                    <>
                      <a href={s.repositoryUrl}>{s.repositoryUrl}</a>
                      {isSoftwareSolution(s) ? (
                        <>
                          <br />
                          <a href={publiccodePath(s.slug)} download="publiccode.yml">
                            {ctx.t.solutionsPublicCode.download}
                          </a>
                        </>
                      ) : null}
                    </>
                  ),
                },
              ]
            : []),
          ...given([
            { key: p.dataUsed, value: s.dataUsed },
            { key: p.accessibility, value: s.accessibility },
            { key: p.dataProtection, value: s.dataProtection },
          ]),
          ...(s.contactName || s.contactEmail
            ? [
                {
                  key: p.contact,
                  value: (
                    <>
                      {s.contactName}
                      {s.contactName && s.contactEmail ? <br /> : null}
                      {s.contactEmail ? <a href={`mailto:${s.contactEmail}`}>{s.contactEmail}</a> : null}
                    </>
                  ),
                },
              ]
            : []),
        ]}
      />

      {profile.documents.length > 0 ? (
        <>
          <h2 class="kern-heading-large">{p.documents}</h2>
          <ul class="kern-list">
            {profile.documents.map((d) => (
              <li key={d.id}>
                <a href={solutionDocumentPath(s.slug, d.id)} download>
                  {d.title}
                </a>{' '}
                ({fileTypeLabel(d.contentType)}, {formatFileSize(ctx.locale, d.size)})
              </li>
            ))}
          </ul>
        </>
      ) : null}

      <h2 class="kern-heading-large">{p.runsIn}</h2>
      <p class="kern-body">{p.runsInLead}</p>
      <ul class="kern-list">
        {profile.runsIn.map((r) => (
          <li key={r.href}>
            <a href={r.href}>{r.name}</a>
            {r.owner ? ` (${p.ownerNote})` : r.since ? ` (${p.since(formatCalendarMonth(ctx.locale, r.since))})` : null}
          </li>
        ))}
      </ul>
      <p class="kern-body">
        <strong>
          {p.reuses}: {profile.reuses}
        </strong>{' '}
        <span class="kern-hint">{p.reusesHint}</span>
      </p>
      <p class="kern-body">{p.adoptLead}</p>
      <ButtonLink href={adoptPath(s.slug)}>{p.adopt}</ButtonLink>

      {profile.reports.length > 0 ? (
        <>
          <h2 class="kern-heading-large">{p.reports}</h2>
          {profile.reports.map((r) => (
            <Report key={r.id} ctx={ctx} report={r} />
          ))}
        </>
      ) : null}
    </Layout>
  );
}
