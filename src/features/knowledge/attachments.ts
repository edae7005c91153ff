import { FILE_TYPES, type FileType } from '../../platform/files/index.ts';
import type { KnowledgeType } from './tables.ts';

export const DOCUMENT_FILE_TYPES: readonly FileType[] = [FILE_TYPES.pdf, FILE_TYPES.odt, FILE_TYPES.docx, FILE_TYPES.xlsx];
export const IMAGE_FILE_TYPES: readonly FileType[] = [FILE_TYPES.png, FILE_TYPES.jpeg, FILE_TYPES.webp];
export const VIDEO_FILE_TYPES: readonly FileType[] = [FILE_TYPES.mp4, FILE_TYPES.webm];
export const CAPTION_FILE_TYPES: readonly FileType[] = [FILE_TYPES.vtt];

/** The file inputs of the item form and the types each accepts (checked by the bytes). */
export const ITEM_FILE_INPUTS = { file: DOCUMENT_FILE_TYPES, videoFile: VIDEO_FILE_TYPES, captionsFile: CAPTION_FILE_TYPES } as const;
export type ItemFileInput = keyof typeof ITEM_FILE_INPUTS;

/** The stored files an item refers to. */
export interface Attachments {
  fileId: string | null;
  videoFileId: string | null;
  captionsFileId: string | null;
}

export const NO_ATTACHMENTS: Attachments = { fileId: null, videoFileId: null, captionsFileId: null };

/** A rule the files of a form broke: the field and the message's key in knowledge.validation. */
export interface AttachmentError {
  field: ItemFileInput | 'videoUrl';
  rule: 'fileOnlyDocument' | 'videoFileOnlyVideo' | 'fileRequired' | 'videoEither' | 'videoRequired' | 'captionsRequired' | 'captionsOnlyVideoFile';
}

/**
 * The files an item has after a save. A new upload replaces the file before it, an empty input
 * keeps it, and files that no longer fit the item's type (or a video address instead of a video
 * file) are released, for the caller to delete once the save is committed.
 */
export function resolveAttachments(
  input: { type: KnowledgeType; videoUrl: string | null },
  before: Attachments,
  uploads: Partial<Record<ItemFileInput, string>>,
): { attachments: Attachments; errors: AttachmentError[]; released: string[] } {
  const errors: AttachmentError[] = [];
  let attachments = NO_ATTACHMENTS;
  if (uploads.file && input.type !== 'document') errors.push({ field: 'file', rule: 'fileOnlyDocument' });
  if (uploads.videoFile && input.type !== 'video') errors.push({ field: 'videoFile', rule: 'videoFileOnlyVideo' });
  if (input.type === 'document') {
    const fileId = uploads.file ?? before.fileId;
    if (!fileId) errors.push({ field: 'file', rule: 'fileRequired' });
    attachments = { ...NO_ATTACHMENTS, fileId };
  }
  if (input.type === 'video') {
    if (uploads.videoFile && input.videoUrl) errors.push({ field: 'videoUrl', rule: 'videoEither' });
    // A new address replaces a video file kept from before; a new file replaces everything.
    const videoFileId = uploads.videoFile ?? (input.videoUrl ? null : before.videoFileId);
    if (!videoFileId && !input.videoUrl) errors.push({ field: 'videoUrl', rule: 'videoRequired' });
    const captionsFileId = videoFileId ? (uploads.captionsFile ?? before.captionsFileId) : null;
    if (videoFileId && !captionsFileId) errors.push({ field: 'captionsFile', rule: 'captionsRequired' });
    attachments = { ...NO_ATTACHMENTS, videoFileId, captionsFileId };
  }
  if (uploads.captionsFile && !attachments.videoFileId) errors.push({ field: 'captionsFile', rule: 'captionsOnlyVideoFile' });
  const kept = new Set(Object.values(attachments));
  const released = Object.values(before).filter((id): id is string => id !== null && !kept.has(id));
  return { attachments, errors, released };
}
