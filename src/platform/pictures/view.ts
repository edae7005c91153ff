import type { PictureRecord } from './repository.ts';
import type { PictureFormat } from './tables.ts';

/** What a page needs to show a picture: its text, its size and where each variant is served. */
export interface PictureView {
  alt: string;
  width: number;
  height: number;
  sources: { format: PictureFormat; width: number; url: string }[];
}

/** The picture as a page shows it; `urlOf` is the feature's address of a variant's file. */
export function pictureView(picture: PictureRecord, urlOf: (fileId: string) => string): PictureView {
  return {
    alt: picture.alt,
    width: picture.width,
    height: picture.height,
    sources: picture.variants.map((v) => ({ format: v.format, width: v.width, url: urlOf(v.fileId) })),
  };
}
