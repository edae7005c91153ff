import { z } from 'zod';
import { formText, manyOf } from '../../platform/http/form.ts';
import { berlinToUtc, isValidDay, isValidTime } from '../../platform/time/berlin-time.ts';
import { AUDIENCES, DOCUMENT_LANGUAGES, KNOWLEDGE_STATUSES, KNOWLEDGE_STEPS, KNOWLEDGE_TYPES } from './tables.ts';

const requiredNamed = (max: number, missing: string) => z.string({ error: missing }).trim().min(1, { error: missing }).max(max);

const SLUG = /^[a-z0-9][a-z0-9-]{0,79}$/;

/** Only the two players whose embeds can be loaded under our per-page CSP. */
const VIDEO_URL = /^https:\/\/(www\.youtube\.com\/watch\?v=[\w-]{6,20}|youtu\.be\/[\w-]{6,20}|vimeo\.com\/\d{3,12})$/;

export const itemForm = z
  .strictObject({
    // guide, document, video, news or faq
    type: z.enum(KNOWLEDGE_TYPES, { error: 'knowledge.validation.type' }),
    // the headline
    title: requiredNamed(200, 'knowledge.validation.titleRequired'),
    // one or two sentences for lists, the feed and search results
    summary: requiredNamed(500, 'knowledge.validation.summaryRequired'),
    // the text in Markdown
    body: requiredNamed(50_000, 'knowledge.validation.bodyRequired'),
    // step of the path, or '' for none
    step: z
      .union([z.enum(KNOWLEDGE_STEPS), z.literal('')], { error: 'knowledge.validation.step' })
      .optional()
      .transform((v) => v || null),
    // slugs of the shared fields of action
    fieldsOfAction: manyOf(z.string().regex(SLUG), 20),
    // who the item is written for
    audiences: manyOf(z.enum(AUDIENCES), AUDIENCES.length),
    // free keywords, separated by commas
    tags: formText(500).transform((v) =>
      [
        ...new Set(
          v
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean),
        ),
      ].slice(0, 20),
    ),
    // videos: a YouTube or Vimeo address (or an uploaded file, see attachments.ts)
    videoUrl: formText(200)
      .refine((v) => v === '' || VIDEO_URL.test(v), { error: 'knowledge.validation.videoUrl' })
      .transform((v) => v || null),
    // documents: the language the file is written in
    language: z.enum(DOCUMENT_LANGUAGES, { error: 'knowledge.validation.language' }).optional(),
    // scheduled publication (Berlin time), both empty for none
    publishDate: formText(10).refine((v) => v === '' || isValidDay(v), { error: 'knowledge.validation.day' }),
    publishTime: formText(5).refine((v) => v === '' || isValidTime(v), { error: 'knowledge.validation.time' }),
    // "preview" re-renders the form with the rendered text; anything else saves
    action: z.enum(['save', 'preview']).optional().default('save'),
  })
  .transform(({ publishDate, publishTime, ...rest }) => ({
    ...rest,
    publishAt: publishDate ? berlinToUtc(publishDate, publishTime || '00:00') : null,
  }));
export type ItemInput = Omit<z.output<typeof itemForm>, 'action'>;

export const imageForm = z.strictObject({
  // what the picture shows, for people who cannot see it; becomes the alt attribute
  alt: requiredNamed(300, 'knowledge.validation.altRequired'),
});

export const TRANSITIONS = ['submit', 'publish', 'archive', 'draft'] as const;
export type Transition = (typeof TRANSITIONS)[number];
export const transitionForm = z.strictObject({
  // which status change was asked for
  transition: z.enum(TRANSITIONS),
});

export const editorQuery = z.object({ status: z.enum(KNOWLEDGE_STATUSES).optional().catch(undefined) });
export const publicQuery = z.object({
  typ: z.enum(KNOWLEDGE_TYPES).optional().catch(undefined),
  handlungsfeld: z.string().regex(SLUG).optional().catch(undefined),
  zielgruppe: z.enum(AUDIENCES).optional().catch(undefined),
});
export const pageQuery = z.object({ seite: z.coerce.number().int().min(1).max(10_000).catch(1).default(1) });
/** An item page: "laden" when the visitor asked to load an external video player. */
export const itemQuery = z.object({ video: z.enum(['laden']).optional().catch(undefined) });
