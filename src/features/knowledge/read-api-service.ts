import type { Executor } from '../../platform/db/client.ts';
import { downloadPath, itemPath } from './paths.ts';
import { countPublished, listPublished, type ItemRow, type PublicFilter } from './repository.ts';
import type { Audience, DocumentLanguage, KnowledgeStep, KnowledgeType } from './tables.ts';

export { AUDIENCES, KNOWLEDGE_STEPS, KNOWLEDGE_TYPES, type Audience, type KnowledgeType } from './tables.ts';

/** A published knowledge item or news item as the read API gives it: what its public page shows. */
export interface PublicKnowledgeRecord {
  id: string;
  type: KnowledgeType;
  slug: string;
  /** the public page, relative to the site */
  path: string;
  title: string;
  summary: string;
  /** Markdown */
  body: string;
  step: KnowledgeStep | null;
  fieldsOfAction: string[];
  audiences: Audience[];
  tags: string[];
  language: DocumentLanguage | null;
  /** a document's file, relative to the site */
  downloadPath: string | null;
  /** a video hosted elsewhere (YouTube, Vimeo) */
  videoUrl: string | null;
  publishedAt: Date | null;
  updatedAt: Date;
}

function record(item: ItemRow): PublicKnowledgeRecord {
  return {
    id: item.id,
    type: item.type,
    slug: item.slug,
    path: itemPath(item),
    title: item.title,
    summary: item.summary,
    body: item.body,
    step: item.step,
    fieldsOfAction: item.fieldsOfAction,
    audiences: item.audiences,
    tags: item.tags,
    language: item.language,
    downloadPath: item.type === 'document' && item.fileId ? downloadPath(item) : null,
    videoUrl: item.videoUrl,
    publishedAt: item.publishedAt,
    updatedAt: item.updatedAt,
  };
}

export interface KnowledgeApiFilter {
  /** one kind; news are their own list, so `news` here means the news */
  type: KnowledgeType | undefined;
  fieldOfAction: string | undefined;
  audience: Audience | undefined;
}

/**
 * One page of published items, newest first, the same the public lists show. Without a type
 * the knowledge base's items without the news, which have their own list.
 */
export async function listPublicKnowledge(
  db: Executor,
  options: { filter: KnowledgeApiFilter; limit: number; offset: number },
): Promise<{ records: PublicKnowledgeRecord[]; total: number }> {
  const { type, fieldOfAction, audience } = options.filter;
  const filter: PublicFilter = type ? { type, field: fieldOfAction, audience } : { field: fieldOfAction, audience, excludeType: 'news' };
  const rows = await listPublished(db, filter, options.limit, options.offset);
  return { records: rows.map(record), total: await countPublished(db, filter) };
}
