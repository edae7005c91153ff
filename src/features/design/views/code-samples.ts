/**
 * How to use each component of the style guide, as the view code of a feature writes it. Code,
 * not prose: the same in both languages. Every component lives in
 * src/platform/views/components/ (form.tsx, content.tsx); their KERN classes are written there.
 */
export const CODE_SAMPLES = {
  forms: `<ErrorSummary ctx={ctx} errors={errors} />   // above the h1, links to each field
<Form ctx={ctx} action="/pfad" submissionId={submissionId}>
  <TextField name="email" type="email" label={m.email} hint={m.emailHint}
    value={valueFor(values, 'email')} error={errorFor(errors, 'email')} autocomplete="email" />
  <TextField name="ags" label={m.ags} width="short" maxLength={8} optionalLabel={ctx.t.common.optional} />
  <Choices name="format" type="radio" label={m.format} options={m.formats}
    selected={valuesOf(values, 'format')} error={errorFor(errors, 'format')} />
  <Choices name="topics" type="checkbox" label={m.topics} options={m.topicOptions} inline />
  <Select name="field" label={m.field} placeholder={m.fieldPlaceholder} options={m.fieldOptions} />
  <TextArea name="question" label={m.question} rows={4} maxLength={1000} />
  <Button>{m.submit}</Button>
</Form>`,
  buttons: `<Button>{m.save}</Button>                          // primary: the one main action
<Button variant="secondary">{m.preview}</Button>
<Button variant="tertiary">{m.more}</Button>
<Button variant="warning">{m.delete}</Button>            // destroys something
<Button ariaLabel={\`\${m.remove} \${name}\`}>{m.remove}</Button>   // in a table row
<ButtonLink href="/veranstaltungen">{m.toEvents}</ButtonLink>
<div class="dk-actions">…buttons and a plain cancel link…</div>`,
  feedback: `<NotificationBanner ctx={ctx} title={m.title}>                 // information
  <p class="kern-body">…</p>
</NotificationBanner>
<NotificationBanner ctx={ctx} variant="success">…</NotificationBanner>  // after a redirect
<NotificationBanner ctx={ctx} variant="warning">…</NotificationBanner>  // needs attention
<code class="dk-reference">{reference}</code>`,
  tags: `<Tag colour="green">{m.published}</Tag>   // grey, green, blue, yellow, red`,
  cards: `<ul class="dk-grid dk-grid--3">
  <li><Card title={event.title} href={eventPath(event)} meta={dateText} headingLevel={3}>
    <p class="kern-body kern-body--small">{event.lead}</p>
  </Card></li>
</ul>`,
  summary: `<SummaryList ctx={ctx} rows={[
  { key: m.email, value: answers.email, changeHref: '/pfad?token=…#f-email' },
  { key: m.status, value: <Tag colour="yellow">{m.waiting}</Tag> },
]} />`,
  table: `<Table caption={m.caption} captionHidden={false} head={[m.place, m.seats]}
  rows={dates.map((d) => [d.place, d.seats])} numeric={[1]} />`,
  navigation: `<Layout ctx={ctx} title={m.title} breadcrumbs={[{ href: '/verwaltung', label: m.admin }, { label: m.title }]}>
<Pagination ctx={ctx} page={page} pages={pages} href={(n) => \`/wissen?seite=\${n}\`} />
<nav class="dk-subnav" aria-label={m.areas}> <ul class="dk-subnav__list"> <li>
  <a class="dk-subnav__link" href={path} aria-current="page">{m.registrations}</a> </li></ul></nav>
<ol class="dk-steps"><li class="dk-steps__item"><h3 class="kern-heading-small">…</h3>…</li></ol>`,
  typography: `<h1 class="kern-heading-x-large">   <h2 class="kern-heading-large">
<h3 class="kern-heading-medium">    <h4 class="kern-heading-small">
<p class="kern-body kern-body--large">   (lead)
<p class="kern-body">   <p class="kern-body kern-body--small kern-body--muted">`,
  utilities: `<div class="dk-grid">…</div>   <ul class="kern-list kern-list--bullet">   <ol class="kern-list kern-list--number">
<div class="dk-inset-text"><p class="kern-body">…</p></div>
<details class="kern-accordion">
  <summary class="kern-accordion__header"><span class="kern-title">{m.more}</span></summary>
  <div class="kern-accordion__body">…</div>
</details>
<hr class="dk-section-break" />   <span class="kern-sr-only">{m.forScreenReaders}</span>`,
  plainText: `<PlainText text={item.body} headingLevel={3} />   // paragraphs and "## " headings, escaped`,
} as const;
