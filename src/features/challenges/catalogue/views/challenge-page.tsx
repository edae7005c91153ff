import { formatDateTime } from '../../../../platform/i18n/dates.ts';
import { Markdown } from '../../../../platform/markdown/markdown.tsx';
import { NotificationBanner, SummaryList, Table } from '../../../../platform/views/components/content.tsx';
import { ButtonLink } from '../../../../platform/views/components/form.tsx';
import { PlainText } from '../../../../platform/views/components/plain-text.tsx';
import type { ViewContext } from '../../../../platform/views/context.ts';
import { Layout } from '../../../../platform/views/layout.tsx';
import { editorChallengePath, ownerChallengePath, questionsPath, startSubmissionPath } from '../../core/paths.ts';
import type { ChallengeRow, CriterionRow } from '../../core/repository.ts';
import type { ChallengePage as ChallengePageData, PublicWinner } from '../service.ts';
import { FieldTags, listCrumb } from './parts.tsx';
import { PhaseTag, TimelineList } from '../../core/views/phase-and-timeline.tsx';

/** The Markdown texts of a challenge, in the order a reader needs them; empty ones are left out. */
const TEXTS = ['problem', 'context', 'affected', 'dataAvailable', 'constraints', 'success'] as const satisfies readonly (keyof ChallengeRow)[];

/** What the viewer can do now, by the challenge's phase. */
function CallToAction(props: { ctx: ViewContext; page: ChallengePageData }) {
  const { ctx, page } = props;
  const { challenge } = page;
  const m = ctx.t.challengesCatalogue.call;
  const at = (d: Date) => formatDateTime(ctx.locale, d);
  switch (page.phase) {
    case 'open':
      return (
        <>
          <p class="kern-body">{m.submitHint(at(challenge.submissionClosesAt))}</p>
          <ButtonLink href={startSubmissionPath(challenge.slug)}>{m.submit}</ButtonLink>
        </>
      );
    case 'upcoming':
      return <p class="kern-body">{m.upcoming(at(challenge.submissionOpensAt))}</p>;
    case 'jury':
      return (
        <>
          <p class="kern-body">{m.jury}</p>
          <p class="kern-body">{m.announcement(at(challenge.announcementAt))}</p>
        </>
      );
    case 'decided':
      return null;
    default:
      return <p class="kern-body">{m.preview}</p>;
  }
}

function Winners(props: { ctx: ViewContext; winners: PublicWinner[]; decidedAt: Date }) {
  const { ctx } = props;
  const m = ctx.t.challengesCatalogue.winners;
  return (
    <section aria-labelledby="gewinner">
      <h2 class="kern-heading-large" id="gewinner">
        {m.title}
      </h2>
      <p class="kern-body">{m.decided(formatDateTime(ctx.locale, props.decidedAt))}</p>
      {props.winners.length === 0 ? <p class="kern-body">{m.none}</p> : null}
      {props.winners.map(({ winner, organisation, solutionHref }) => (
        <article key={winner.id}>
          <h3 class="kern-heading-medium">{winner.title}</h3>
          {winner.summary ? <p class="kern-body">{winner.summary}</p> : null}
          <SummaryList
            ctx={ctx}
            rows={[
              { key: m.team, value: organisation ? <a href={organisation.href}>{organisation.name}</a> : m.person },
              ...(winner.awardNote ? [{ key: m.award, value: winner.awardNote }] : []),
              ...(solutionHref ? [{ key: m.solution, value: <a href={solutionHref}>{m.solutionLink(winner.title)}</a> }] : []),
            ]}
          />
        </article>
      ))}
    </section>
  );
}

function Criteria(props: { ctx: ViewContext; criteria: CriterionRow[] }) {
  const { ctx, criteria } = props;
  const m = ctx.t.challengesCatalogue.page;
  if (criteria.length === 0) return <p class="kern-body">{m.noCriteria}</p>;
  const total = criteria.reduce((sum, c) => sum + c.weight, 0);
  return (
    <>
      <p class="kern-body">{m.criteriaLead}</p>
      <Table
        id="kriterien-tabelle"
        caption={ctx.t.challenges.fields.criteria}
        captionHidden
        head={[m.criterion, m.description, m.weight, m.share]}
        numeric={[2, 3]}
        rows={criteria.map((c) => [c.title, c.description, String(c.weight), m.percent(Math.round((c.weight / total) * 100))])}
      />
    </>
  );
}

function Questions(props: { ctx: ViewContext; page: ChallengePageData }) {
  const { ctx, page } = props;
  const m = ctx.t.challengesCatalogue.questions;
  const { slug, questionsUntil } = page.challenge;
  return (
    <section aria-labelledby="fragen">
      <h2 class="kern-heading-large" id="fragen">
        {m.title}
      </h2>
      <p class="kern-body">{m.answered(page.answeredQuestions)}</p>
      <p class="kern-body">
        <a href={questionsPath(slug)}>{m.read}</a>
      </p>
      {page.questionsOpen ? (
        <>
          <p class="kern-body">{m.askUntil(formatDateTime(ctx.locale, questionsUntil))}</p>
          <ButtonLink href={questionsPath(slug)} variant="secondary">
            {m.ask}
          </ButtonLink>
        </>
      ) : (
        <p class="kern-body">{m.closed}</p>
      )}
    </section>
  );
}

export function ChallengePage(props: { ctx: ViewContext; page: ChallengePageData }) {
  const { ctx, page } = props;
  const { challenge } = page;
  const t = ctx.t.challenges;
  const m = ctx.t.challengesCatalogue;
  const published = challenge.status === 'published';
  return (
    <Layout ctx={ctx} title={challenge.title} breadcrumbs={[listCrumb(ctx), { label: challenge.title }]}>
      <h1 class="kern-heading-x-large">{challenge.title}</h1>
      {published ? null : (
        <NotificationBanner ctx={ctx} variant="warning" title={m.page.preview}>
          <p class="kern-body">{m.page.previewBody}</p>
        </NotificationBanner>
      )}
      <p class="kern-body kern-body--large">{challenge.summary}</p>
      {page.owner || page.editor ? (
        <ul class="kern-list">
          {page.owner ? (
            <li>
              <a href={ownerChallengePath(challenge.id)}>{m.page.ownerLink}</a>
            </li>
          ) : null}
          {page.editor ? (
            <li>
              <a href={editorChallengePath(challenge.id)}>{m.page.editorLink}</a>
            </li>
          ) : null}
        </ul>
      ) : null}
      <SummaryList
        ctx={ctx}
        rows={[
          { key: m.page.phase, value: <PhaseTag ctx={ctx} phase={page.phase} /> },
          {
            key: t.fields.organisation,
            value: page.organisation ? <a href={page.organisation.href}>{page.organisation.name}</a> : m.page.unknownOrganisation,
          },
          { key: t.fields.prize, value: challenge.prize },
          { key: t.fields.eligibility, value: t.eligibility[challenge.eligibility] },
          ...(page.fields.length > 0 ? [{ key: m.list.fields, value: <FieldTags ctx={ctx} fields={page.fields} /> }] : []),
        ]}
      />
      {page.phase === 'decided' && challenge.decidedAt ? (
        <Winners ctx={ctx} winners={page.winners} decidedAt={challenge.decidedAt} />
      ) : (
        <section aria-labelledby="mitmachen">
          <h2 class="kern-heading-large" id="mitmachen">
            {m.call.title}
          </h2>
          <CallToAction ctx={ctx} page={page} />
        </section>
      )}
      {TEXTS.filter((key) => challenge[key].trim() !== '').map((key) => (
        <section key={key} aria-labelledby={`text-${key}`}>
          <h2 class="kern-heading-large" id={`text-${key}`}>
            {t.fields[key]}
          </h2>
          <Markdown text={challenge[key]} headingLevel={2} idPrefix={`${key}-`} />
        </section>
      ))}
      <h2 class="kern-heading-large">{t.fields.criteria}</h2>
      <Criteria ctx={ctx} criteria={page.criteria} />
      <h2 class="kern-heading-large">{t.fields.timeline}</h2>
      <TimelineList ctx={ctx} challenge={challenge} />
      {published ? <Questions ctx={ctx} page={page} /> : null}
      {challenge.contact.trim() !== '' ? (
        <>
          <h2 class="kern-heading-large">{t.fields.contact}</h2>
          <PlainText text={challenge.contact} headingLevel={3} />
        </>
      ) : null}
    </Layout>
  );
}
