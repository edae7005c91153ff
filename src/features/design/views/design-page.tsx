import type { ComponentChildren } from 'preact';
import type { FieldError } from '../../../platform/http/form.ts';
import type { ViewContext } from '../../../platform/views/context.ts';
import { Card, NotificationBanner, Pagination, SummaryList, Table, Tag } from '../../../platform/views/components/content.tsx';
import { Button, ButtonLink, Choices, ErrorSummary, Select, TextArea, TextField } from '../../../platform/views/components/form.tsx';
import { PlainText } from '../../../platform/views/components/plain-text.tsx';
import { Layout } from '../../../platform/views/layout.tsx';
import { AppearanceForm, type AppearanceState } from './appearance-form.tsx';
import { CODE_SAMPLES } from './code-samples.ts';

export const DESIGN_PATH = '/verwaltung/design';
const PATH = DESIGN_PATH;

/** Fragment ids of the sections, in page order; the keys name their titles in the catalogue. */
const SECTIONS = [
  ['forms', 'formulare'],
  ['buttons', 'schaltflaechen'],
  ['feedback', 'rueckmeldungen'],
  ['tags', 'kennzeichen'],
  ['cards', 'karten'],
  ['summary', 'angaben-pruefen'],
  ['table', 'tabelle'],
  ['navigation', 'navigation'],
  ['typography', 'schrift'],
  ['utilities', 'hilfsklassen'],
  ['plainText', 'redaktioneller-text'],
] as const;

type SectionKey = (typeof SECTIONS)[number][0];

/** A section's heading carries the fragment id that the contents list links to; its code closes it. */
function Section(props: { ctx: ViewContext; name: SectionKey; children: ComponentChildren }) {
  const id = SECTIONS.find(([key]) => key === props.name)?.[1];
  const title = props.ctx.t.design.sections[props.name];
  return (
    <>
      <h2 class="kern-heading-large" id={id}>
        {title}
      </h2>
      {props.children}
      <details class="kern-accordion dk-code-sample">
        <summary class="kern-accordion__header">
          <span class="kern-title">{props.ctx.t.design.code(title)}</span>
        </summary>
        <div class="kern-accordion__body">
          {/* focusable: a long line scrolls inside the box, and keyboard users must reach it */}
          <pre class="dk-code" tabindex={0}>
            <code>{CODE_SAMPLES[props.name]}</code>
          </pre>
        </div>
      </details>
    </>
  );
}

/** The form fields with two errors, as a person sees them after a failed submission. */
function FormsSection(props: { ctx: ViewContext }) {
  const { ctx } = props;
  const m = ctx.t.design.forms;
  const errors: FieldError[] = [
    { field: 'email', message: ctx.t.common.validation.email },
    { field: 'format', message: m.formatError },
  ];
  const byField = (name: string) => errors.find((e) => e.field === name)?.message;
  return (
    <Section ctx={ctx} name="forms">
      <p class="kern-body">{m.intro}</p>
      <ErrorSummary ctx={ctx} errors={errors} titleId="beispiel-fehler" />
      {/* GET to this page on purpose: an example must not be able to change anything. */}
      <form method="get" action={PATH} novalidate>
        <TextField name="name" label={m.name} autocomplete="name" value="Anna Petersen" />
        <TextField name="organisation" label={m.organisation} autocomplete="organization" value={m.organisationValue} />
        <TextField name="ags" label={m.ags} hint={m.agsHint} width="short" maxLength={8} spellcheck={false} />
        <TextField name="phone" label={m.phone} type="tel" autocomplete="tel" width="half" optionalLabel={ctx.t.common.optional} />
        <TextField
          name="email"
          label={m.email}
          type="email"
          autocomplete="email"
          hint={m.emailHint}
          value={m.emailValue}
          error={byField('email')}
          spellcheck={false}
        />
        <Choices name="format" type="radio" label={m.format} options={m.formats} error={byField('format')} />
        <Choices name="topics" type="checkbox" label={m.topics} hint={m.topicsHint} options={m.topicOptions} selected={['beteiligung']} />
        <Choices
          name="firstTime"
          type="radio"
          inline
          label={m.firstTime}
          options={[
            { value: 'ja', label: ctx.t.common.yes },
            { value: 'nein', label: ctx.t.common.no },
          ]}
        />
        <Select name="field" label={m.field} placeholder={m.fieldPlaceholder} options={m.fieldOptions} />
        <TextArea name="question" label={m.question} hint={m.questionHint} maxLength={1000} rows={4} optionalLabel={ctx.t.common.optional} />
        <Button>{m.submit}</Button>
      </form>
    </Section>
  );
}

function ButtonsSection(props: { ctx: ViewContext }) {
  const { ctx } = props;
  const m = ctx.t.design.buttons;
  return (
    <Section ctx={ctx} name="buttons">
      <p class="kern-body">{m.intro}</p>
      <div class="dk-actions">
        <Button type="button">{m.primary}</Button>
        <Button type="button" variant="secondary">
          {m.secondary}
        </Button>
        <Button type="button" variant="tertiary">
          {m.tertiary}
        </Button>
        <Button type="button" variant="warning">
          {m.warning}
        </Button>
      </div>
      <p class="kern-body">{m.linkIntro}</p>
      <div class="dk-actions">
        <ButtonLink href="/veranstaltungen">{m.link}</ButtonLink>
        <ButtonLink href="/verwaltung" variant="secondary">
          {ctx.t.common.nav.admin}
        </ButtonLink>
        <a href="/verwaltung">{m.cancel}</a>
      </div>
    </Section>
  );
}

function FeedbackSection(props: { ctx: ViewContext }) {
  const { ctx } = props;
  const m = ctx.t.design.feedback;
  return (
    <Section ctx={ctx} name="feedback">
      <p class="kern-body">{m.intro}</p>
      <NotificationBanner ctx={ctx} title={m.bannerInfoTitle}>
        <p class="kern-body">{m.bannerInfo}</p>
      </NotificationBanner>
      <NotificationBanner ctx={ctx} variant="warning" title={m.bannerWarningTitle}>
        <p class="kern-body">{m.bannerWarning}</p>
      </NotificationBanner>
      <NotificationBanner ctx={ctx} variant="success">
        <p class="kern-body">{m.bannerSuccess}</p>
        <p class="kern-body">
          {m.referenceLabel} <code class="dk-reference">{m.reference}</code>
        </p>
      </NotificationBanner>
    </Section>
  );
}

function ContentSections(props: { ctx: ViewContext }) {
  const { ctx } = props;
  const d = ctx.t.design;
  const colours = ['grey', 'green', 'blue', 'yellow', 'red'] as const;
  return (
    <>
      <Section ctx={ctx} name="tags">
        <ul class="kern-list dk-list--inline">
          {colours.map((c) => (
            <li key={c}>
              <Tag colour={c}>{d.tags[c]}</Tag>
            </li>
          ))}
        </ul>
      </Section>
      <Section ctx={ctx} name="cards">
        <div class="dk-grid dk-grid--3">
          {d.cards.map((c, i) => (
            <Card key={c.title} title={c.title} href={i === 0 ? '/veranstaltungen' : undefined} meta={c.meta} headingLevel={3}>
              <p class="kern-body kern-body--small">{c.body}</p>
            </Card>
          ))}
        </div>
      </Section>
      <Section ctx={ctx} name="summary">
        <SummaryList
          ctx={ctx}
          rows={[
            { key: d.summary.name, value: d.summary.nameValue, changeHref: '#f-name' },
            { key: d.summary.organisation, value: d.forms.organisationValue, changeHref: '#f-organisation' },
            { key: d.summary.email, value: d.summary.emailValue, changeHref: '#f-email' },
            { key: d.summary.format, value: d.summary.formatValue, changeHref: '#f-format' },
            { key: d.summary.status, value: <Tag colour="yellow">{d.tags.yellow}</Tag> },
          ]}
        />
      </Section>
      <Section ctx={ctx} name="table">
        <Table caption={d.table.caption} head={d.table.head} rows={d.table.rows} numeric={[2, 3, 4]} />
      </Section>
    </>
  );
}

function NavigationSection(props: { ctx: ViewContext }) {
  const { ctx } = props;
  const m = ctx.t.design.navigation;
  return (
    <Section ctx={ctx} name="navigation">
      <p class="kern-body">{m.breadcrumbsNote}</p>
      <h3 class="kern-heading-medium">{m.pagination}</h3>
      <p class="kern-body">{m.paginationNote}</p>
      <Pagination ctx={ctx} page={3} pages={7} href={(n) => `${PATH}?seite=${n}#navigation`} />
      <h3 class="kern-heading-medium">{m.subnav}</h3>
      <nav class="dk-subnav" aria-label={m.subnavLabel}>
        <ul class="dk-subnav__list">
          {m.subnavItems.map((label, i) => (
            <li key={label}>
              <a class="dk-subnav__link" href={`${PATH}?bereich=${i + 1}#navigation`} aria-current={i === 0 ? 'page' : undefined}>
                {label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <h3 class="kern-heading-medium">{m.steps}</h3>
      <ol class="dk-steps">
        {m.stepItems.map((s) => (
          <li class="dk-steps__item" key={s.title}>
            <h4 class="kern-heading-small">{s.title}</h4>
            <p class="kern-body">{s.body}</p>
          </li>
        ))}
      </ol>
    </Section>
  );
}

/** Type samples are paragraphs, not headings, so that the page outline stays true. */
function TypographySection(props: { ctx: ViewContext }) {
  const { ctx } = props;
  const m = ctx.t.design.typography;
  return (
    <Section ctx={ctx} name="typography">
      <p class="kern-heading-x-large">{m.xl}</p>
      <p class="kern-heading-large">{m.l}</p>
      <p class="kern-heading-medium">{m.m}</p>
      <p class="kern-heading-small">{m.s}</p>
      <p class="kern-body kern-body--large">{m.lead}</p>
      <p class="kern-body">
        {m.body} <a href="/barrierefreiheit">{m.link}</a>.
      </p>
      <p class="kern-body">
        {m.externalNote} <a href="https://www.digitale-verwaltung.de/">{m.externalLink}</a>
      </p>
      <p class="kern-body kern-body--small">{m.bodyS}</p>
      <p class="kern-body kern-body--small kern-body--muted">{m.secondary}</p>
      <p class="kern-body">
        {m.referenceLabel} <code class="dk-reference">K7Q2M9XA</code>
      </p>
    </Section>
  );
}

function UtilitiesSection(props: { ctx: ViewContext }) {
  const { ctx } = props;
  const m = ctx.t.design.utilities;
  return (
    <Section ctx={ctx} name="utilities">
      <h3 class="kern-heading-medium">{m.grid}</h3>
      <p class="kern-body">{m.gridNote}</p>
      <div class="dk-grid">
        <div>
          <h4 class="kern-heading-small">{m.bulletsTitle}</h4>
          <ul class="kern-list kern-list--bullet">
            {m.bullets.map((b) => (
              <li key={b}>{b}</li>
            ))}
          </ul>
        </div>
        <div>
          <h4 class="kern-heading-small">{m.numberedTitle}</h4>
          <ol class="kern-list kern-list--number">
            {m.numbered.map((b) => (
              <li key={b}>{b}</li>
            ))}
          </ol>
        </div>
      </div>
      <h3 class="kern-heading-medium">{m.inset}</h3>
      <div class="dk-inset-text">
        <p class="kern-body">{m.insetText}</p>
      </div>
      <h3 class="kern-heading-medium">{m.details}</h3>
      <details class="kern-accordion">
        <summary class="kern-accordion__header">
          <span class="kern-title">{m.detailsSummary}</span>
        </summary>
        <div class="kern-accordion__body">
          <p class="kern-body">{m.detailsText}</p>
        </div>
      </details>
      <h3 class="kern-heading-medium">{m.sectionBreak}</h3>
      <p class="kern-body">{m.sectionBreakNote}</p>
      <hr class="dk-section-break" />
    </Section>
  );
}

export function DesignPage(props: { ctx: ViewContext; appearance?: AppearanceState | undefined }) {
  const { ctx, appearance } = props;
  const d = ctx.t.design;
  return (
    <Layout ctx={ctx} title={d.title} breadcrumbs={[{ href: '/verwaltung', label: ctx.t.common.nav.admin }, { label: d.title }]}>
      {appearance?.saved ? (
        <NotificationBanner ctx={ctx} variant="success">
          <p class="kern-body">{d.appearance.saved}</p>
        </NotificationBanner>
      ) : null}
      <ErrorSummary ctx={ctx} errors={appearance?.errors} />
      <h1 class="kern-heading-x-large">{d.title}</h1>
      <p class="kern-body kern-body--large">{d.lead}</p>
      {appearance ? <AppearanceForm ctx={ctx} action={`${PATH}/erscheinungsbild`} state={appearance} /> : null}
      <nav aria-labelledby="design-contents">
        <h2 class="kern-heading-small" id="design-contents">
          {d.contents}
        </h2>
        <ul class="kern-list kern-list--bullet">
          {SECTIONS.map(([key, id]) => (
            <li key={id}>
              <a href={`#${id}`}>{d.sections[key]}</a>
            </li>
          ))}
        </ul>
      </nav>
      <FormsSection ctx={ctx} />
      <ButtonsSection ctx={ctx} />
      <FeedbackSection ctx={ctx} />
      <ContentSections ctx={ctx} />
      <NavigationSection ctx={ctx} />
      <TypographySection ctx={ctx} />
      <UtilitiesSection ctx={ctx} />
      <Section ctx={ctx} name="plainText">
        <PlainText text={d.plainText} headingLevel={3} />
      </Section>
    </Layout>
  );
}
