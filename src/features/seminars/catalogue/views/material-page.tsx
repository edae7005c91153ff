import { fileTypeLabel, formatFileSize, type StoredFileMeta } from '../../../../platform/files/index.ts';
import { Markdown } from '../../../../platform/markdown/markdown.tsx';
import type { ViewContext } from '../../../../platform/views/context.ts';
import { Layout } from '../../../../platform/views/layout.tsx';
import { itemPath, type KnowledgeItemRow } from '../../../knowledge/material-service.ts';
import { materialFilePath, seriesPath } from '../../core/paths.ts';
import type { SeriesRow } from '../../core/repository.ts';
import type { MaterialFiles } from '../service.ts';
import { seriesCrumbs } from './parts.tsx';

const details = (ctx: ViewContext, meta: StoredFileMeta) => `${fileTypeLabel(meta.contentType)}, ${formatFileSize(ctx.locale, meta.size)}`;

/** A video stored here, played in the page with its captions; both also to download. */
function Video(props: { ctx: ViewContext; file: (id: string) => string; video: StoredFileMeta; captions: StoredFileMeta | undefined }) {
  const { ctx, video, captions } = props;
  const m = ctx.t.seminarsCatalogue.material;
  return (
    <div class="dk-video" id="video">
      <video controls preload="metadata" width={640} height={360}>
        <source src={props.file(video.id)} type={video.contentType} />
        {captions ? <track kind="captions" src={props.file(captions.id)} srclang="de" label={ctx.t.knowledge.public.captionsLabel} default /> : null}
        <p class="kern-body">{ctx.t.knowledge.public.videoUnsupported}</p>
      </video>
      <ul class="kern-list">
        {captions ? (
          <li>
            <a href={props.file(captions.id)} download>
              {m.captionsDownload}
            </a>{' '}
            ({details(ctx, captions)})
          </li>
        ) : null}
        <li>
          <a href={props.file(video.id)} download>
            {m.videoDownload}
          </a>{' '}
          ({details(ctx, video)})
        </li>
      </ul>
    </div>
  );
}

/**
 * A module's material on a page of its own: a guide's text, a document to download, a video
 * with its captions. Its files are served below the series' address, so that a material the
 * knowledge base does not publish reaches only those the series lets see it.
 */
export function MaterialPage(props: { ctx: ViewContext; series: SeriesRow; item: KnowledgeItemRow; files: MaterialFiles }) {
  const { ctx, series, item, files } = props;
  const m = ctx.t.seminarsCatalogue.material;
  const file = (id: string) => materialFilePath(series.slug, item.id, id);
  return (
    <Layout ctx={ctx} title={item.title} breadcrumbs={[...seriesCrumbs(ctx), { href: seriesPath(series.slug), label: series.title }, { label: item.title }]}>
      <article class="dk-article">
        <h1 class="kern-heading-x-large">{item.title}</h1>
        <p class="kern-hint">
          {ctx.t.knowledge.types[item.type]} · {m.fromSeries(series.title)}
        </p>
        <p class="kern-body kern-body--large">{item.summary}</p>
        {item.type === 'video' && files.video ? <Video ctx={ctx} file={file} video={files.video} captions={files.captions} /> : null}
        {item.type === 'video' && !files.video && item.videoUrl ? (
          <p class="kern-body">
            <a href={item.videoUrl} rel="noopener noreferrer">
              {m.external}
            </a>
          </p>
        ) : null}
        {item.type === 'document' && files.file ? (
          <p class="kern-body">
            <a class="kern-btn kern-btn--primary" href={file(files.file.id)} type={files.file.contentType} download>
              <span class="kern-label">
                {m.download}
                <span class="kern-sr-only">: {item.title}</span> ({details(ctx, files.file)})
              </span>
            </a>
          </p>
        ) : null}
        <Markdown text={item.body} headingLevel={0} />
        {item.status === 'published' ? (
          <p class="kern-body">
            <a href={itemPath(item)}>{m.knowledgePage}</a>
          </p>
        ) : null}
      </article>
    </Layout>
  );
}
