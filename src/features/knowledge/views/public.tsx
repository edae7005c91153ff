import type { PictureView } from '../../../platform/pictures/view.ts';
import { Picture } from '../../../platform/views/components/picture.tsx';
import { fileTypeLabel, formatFileSize } from '../../../platform/files/index.ts';
import { formatDate } from '../../../platform/i18n/dates.ts';
import { Markdown, markdownHeadings } from '../../../platform/markdown/markdown.tsx';
import { fieldName, type FieldOfAction } from '../../../platform/taxonomy/fields-of-action.ts';
import { Card, Pagination, SummaryList } from '../../../platform/views/components/content.tsx';
import { Button, Select } from '../../../platform/views/components/form.tsx';
import type { ViewContext } from '../../../platform/views/context.ts';
import { Layout } from '../../../platform/views/layout.tsx';
import type { CatalogueEntry } from '../../events/catalogue/catalogue-service.ts';
import type { ItemFiles } from '../editor-uploads.ts';
import type { ItemRow } from '../repository.ts';
import { downloadPath, filePath, itemPath, knowledgeStepAnchor } from '../paths.ts';
import { AUDIENCES, KNOWLEDGE_STEPS, KNOWLEDGE_TYPES, type KnowledgeStep } from '../tables.ts';
import { videoEmbed } from '../video.ts';

/** Guides with at least this many headings get a table of contents. */
const TOC_MIN_HEADINGS = 3;

/** The title pictures of the items shown, by item id. */
export type ItemPictures = Map<string, PictureView>;

function ItemCards(props: { ctx: ViewContext; items: ItemRow[]; pictures: ItemPictures; headingLevel?: 2 | 3 }) {
  const { ctx } = props;
  return (
    <>
      {props.items.map((i) => {
        const picture = props.pictures.get(i.id);
        return (
          <Card
            key={i.id}
            title={i.title}
            href={itemPath(i)}
            headingLevel={props.headingLevel ?? 3}
            meta={`${ctx.t.knowledge.types[i.type]} · ${formatDate(ctx.locale, i.updatedAt)}`}
            media={picture ? <Picture picture={picture} sizes="card" decorative /> : undefined}
          >
            <p class="kern-body">{i.summary}</p>
          </Card>
        );
      })}
    </>
  );
}

export interface KnowledgeFilter {
  typ?: string | undefined;
  handlungsfeld?: string | undefined;
  zielgruppe?: string | undefined;
}

/** The list's address with its filters, on page n; the anchor keeps the reader at the list. */
function listHref(filter: KnowledgeFilter, page: number): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) if (value) params.set(key, value);
  if (page > 1) params.set('seite', String(page));
  const query = params.toString();
  return `/wissen${query ? `?${query}` : ''}#alle`;
}

export function KnowledgeHomePage(props: {
  ctx: ViewContext;
  steps: Record<KnowledgeStep, ItemRow[]>;
  items: ItemRow[];
  total: number;
  fields: FieldOfAction[];
  filter: KnowledgeFilter;
  page: number;
  pages: number;
  pictures: ItemPictures;
}) {
  const { ctx, filter } = props;
  const m = ctx.t.knowledge.public;
  const k = ctx.t.knowledge;
  return (
    <Layout ctx={ctx} title={m.title} breadcrumbs={[{ label: m.title }]}>
      <h1 class="kern-heading-x-large">{m.title}</h1>
      <p class="kern-body kern-body--large">{m.lead}</p>
      <h2 class="kern-heading-large">{m.pathTitle}</h2>
      <ol class="dk-steps">
        {KNOWLEDGE_STEPS.map((s) => (
          <li key={s} id={knowledgeStepAnchor(s)}>
            <h3 class="kern-heading-medium">{k.steps[s]}</h3>
            <p class="kern-body">{k.stepLeads[s]}</p>
            <ul class="kern-list">
              {props.steps[s].map((i) => (
                <li key={i.id}>
                  <a href={itemPath(i)}>{i.title}</a>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
      <h2 class="kern-heading-large" id="alle">
        {m.allTitle}
      </h2>
      <form method="get" action="/wissen#alle" class="dk-filter">
        <Select
          name="typ"
          label={m.filterType}
          value={filter.typ ?? ''}
          placeholder={m.any}
          options={KNOWLEDGE_TYPES.filter((t) => t !== 'news').map((t) => ({ value: t, label: k.typesPlural[t] }))}
        />
        <Select
          name="handlungsfeld"
          label={m.filterField}
          value={filter.handlungsfeld ?? ''}
          placeholder={m.any}
          options={props.fields.map((f) => ({ value: f.slug, label: fieldName(f, ctx.locale) }))}
        />
        <Select
          name="zielgruppe"
          label={m.filterAudience}
          value={filter.zielgruppe ?? ''}
          placeholder={m.any}
          options={AUDIENCES.map((a) => ({ value: a, label: k.audiences[a] }))}
        />
        <Button variant="secondary">{m.filter}</Button>
      </form>
      <p class="kern-body" role="status">
        {m.count(props.total)}
      </p>
      {props.items.length === 0 ? <p class="kern-body">{m.empty}</p> : <ItemCards ctx={ctx} items={props.items} pictures={props.pictures} />}
      <Pagination ctx={ctx} page={props.page} pages={props.pages} href={(n) => listHref(filter, n)} />
    </Layout>
  );
}

/** A document's file: what it is, in which language, and the (counted) download. */
function DocumentBlock(props: { ctx: ViewContext; item: ItemRow; files: ItemFiles }) {
  const { ctx, item } = props;
  const file = props.files.file;
  if (!file) return null;
  const m = ctx.t.knowledge.public;
  const type = fileTypeLabel(file.contentType);
  const details = `${type}, ${formatFileSize(ctx.locale, file.size)}`;
  return (
    <section class="dk-document" aria-labelledby="dokument">
      <h2 class="kern-heading-medium" id="dokument">
        {m.documentTitle}
      </h2>
      <SummaryList
        ctx={ctx}
        rows={[...(item.language ? [{ key: m.language, value: ctx.t.knowledge.languages[item.language] }] : []), { key: m.format, value: details }]}
      />
      <p class="kern-body">
        <a class="kern-btn kern-btn--primary" href={downloadPath(item)} type={file.contentType} hreflang={item.language ?? undefined} download>
          <span class="kern-label">
            {m.download}
            <span class="kern-sr-only">: {item.title}</span> ({details})
          </span>
        </a>
      </p>
    </section>
  );
}

/** A video stored here: played in the page with German captions, both also to download. */
function OwnVideo(props: { ctx: ViewContext; video: NonNullable<ItemFiles['videoFile']>; captions: ItemFiles['captionsFile'] }) {
  const { ctx, video, captions } = props;
  const m = ctx.t.knowledge.public;
  const details = (meta: typeof video) => `${fileTypeLabel(meta.contentType)}, ${formatFileSize(ctx.locale, meta.size)}`;
  return (
    <div class="dk-video" id="video">
      <video controls preload="metadata" width={640} height={360}>
        <source src={filePath(video.id)} type={video.contentType} />
        {captions ? <track kind="captions" src={filePath(captions.id)} srclang="de" label={m.captionsLabel} default /> : null}
        <p class="kern-body">{m.videoUnsupported}</p>
      </video>
      <ul class="kern-list">
        {captions ? (
          <li>
            <a href={filePath(captions.id)} download>
              {m.captionsDownload}
            </a>{' '}
            ({details(captions)})
          </li>
        ) : null}
        <li>
          <a href={filePath(video.id)} download>
            {m.videoDownload}
          </a>{' '}
          ({details(video)})
        </li>
      </ul>
    </div>
  );
}

function VideoBlock(props: { ctx: ViewContext; item: ItemRow; files: ItemFiles; load: boolean }) {
  const { ctx, item } = props;
  const m = ctx.t.knowledge.public;
  if (props.files.videoFile) return <OwnVideo ctx={ctx} video={props.files.videoFile} captions={props.files.captionsFile} />;
  const embed = item.videoUrl ? videoEmbed(item.videoUrl) : undefined;
  if (!embed) return null;
  if (props.load) {
    return (
      <div class="dk-video">
        <iframe src={embed.src} title={m.videoFrame(item.title)} width="640" height="360" allow="fullscreen; picture-in-picture" loading="lazy" />
      </div>
    );
  }
  // Nothing is fetched from the provider until the person asks for it (no request before consent).
  return (
    <div class="dk-video dk-video--placeholder">
      <p class="kern-body">{m.videoNotice(embed.host)}</p>
      <form method="get" action={`${itemPath(item)}#video`}>
        <input type="hidden" name="video" value="laden" />
        <Button>{m.videoLoad}</Button>
      </form>
    </div>
  );
}

export function ItemPage(props: { ctx: ViewContext; item: ItemRow; related: ItemRow[]; loadVideo: boolean; files: ItemFiles; pictures: ItemPictures }) {
  const { ctx, item } = props;
  const m = ctx.t.knowledge.public;
  const isNews = item.type === 'news';
  const parent = isNews ? { href: '/aktuelles', label: ctx.t.knowledge.news.title } : { href: '/wissen', label: m.title };
  const headings = markdownHeadings(item.body, { headingLevel: 0 }).filter((h) => h.level === 2);
  const picture = props.pictures.get(item.id);
  return (
    <Layout ctx={ctx} title={item.title} breadcrumbs={[parent, { label: item.title }]}>
      <article class="dk-article">
        <h1 class="kern-heading-x-large">{item.title}</h1>
        <p class="kern-body kern-body--large">{item.summary}</p>
        <p class="kern-hint">{m.updated(formatDate(ctx.locale, item.updatedAt))}</p>
        {picture ? <Picture picture={picture} sizes="page" first class="dk-picture--lead" /> : null}
        {headings.length >= TOC_MIN_HEADINGS ? (
          <nav class="dk-toc" aria-labelledby="toc-title">
            <h2 class="kern-heading-small" id="toc-title">
              {m.toc}
            </h2>
            <ol>
              {headings.map((h) => (
                <li key={h.id}>
                  <a href={`#${h.id}`}>{h.text}</a>
                </li>
              ))}
            </ol>
          </nav>
        ) : null}
        {item.type === 'video' ? <VideoBlock ctx={ctx} item={item} files={props.files} load={props.loadVideo} /> : null}
        {item.type === 'document' ? <DocumentBlock ctx={ctx} item={item} files={props.files} /> : null}
        <Markdown text={item.body} headingLevel={0} />
      </article>
      {props.related.length > 0 ? (
        <aside aria-labelledby="related-title">
          <h2 class="kern-heading-large" id="related-title">
            {m.related}
          </h2>
          <ItemCards ctx={ctx} items={props.related} pictures={props.pictures} />
        </aside>
      ) : null}
    </Layout>
  );
}

export function NewsListPage(props: { ctx: ViewContext; items: ItemRow[]; pictures: ItemPictures; page: number; pages: number }) {
  const { ctx } = props;
  const m = ctx.t.knowledge.news;
  return (
    <Layout ctx={ctx} title={m.title} breadcrumbs={[{ label: m.title }]}>
      <h1 class="kern-heading-x-large">{m.title}</h1>
      <p class="kern-body kern-body--large">{m.lead}</p>
      <p class="kern-body">
        <a href="/aktuelles/feed.atom" type="application/atom+xml">
          {m.feed}
        </a>
      </p>
      {props.items.length === 0 ? <p class="kern-body">{m.empty}</p> : <ItemCards ctx={ctx} items={props.items} pictures={props.pictures} headingLevel={2} />}
      <Pagination ctx={ctx} page={props.page} pages={props.pages} href={(n) => `/aktuelles?seite=${n}`} />
    </Layout>
  );
}

export function FieldOfActionPage(props: { ctx: ViewContext; field: FieldOfAction; items: ItemRow[]; pictures: ItemPictures; events: CatalogueEntry[] }) {
  const { ctx } = props;
  const m = ctx.t.knowledge.public;
  const title = m.fieldTitle(fieldName(props.field, ctx.locale));
  return (
    <Layout ctx={ctx} title={title} breadcrumbs={[{ label: title }]}>
      <h1 class="kern-heading-x-large">{title}</h1>
      <p class="kern-body kern-body--large">{m.fieldLead}</p>
      <h2 class="kern-heading-large">{m.fieldKnowledge}</h2>
      {props.items.length === 0 ? <p class="kern-body">{m.fieldEmpty}</p> : <ItemCards ctx={ctx} items={props.items} pictures={props.pictures} />}
      <h2 class="kern-heading-large">{m.fieldEvents}</h2>
      {props.events.length === 0 ? (
        <p class="kern-body">{m.fieldEmpty}</p>
      ) : (
        props.events.map(({ event }) => (
          <Card key={event.id} title={event.title} href={`/veranstaltungen/${event.slug}`} headingLevel={3}>
            <p class="kern-body">{event.summary}</p>
          </Card>
        ))
      )}
    </Layout>
  );
}
