import sharp from 'sharp';
import type { PictureFormat } from './tables.ts';

/** The widths a picture is made in: a phone, a column of the page, a wide screen at double density. */
export const PICTURE_WIDTHS = [480, 960, 1440] as const;

// A small file can claim a huge picture; 40 megapixels is more than any camera's photo of a
// town hall needs and keeps one decoding under about 160 MB.
const MAX_INPUT_PIXELS = 40_000_000;

export interface RenderedVariant {
  format: PictureFormat;
  width: number;
  height: number;
  bytes: Buffer;
}

export interface RenderedPicture {
  width: number;
  height: number;
  variants: RenderedVariant[];
}

/** The widths to make: those below the picture's own, and the picture's own up to the largest. */
export function variantWidths(originalWidth: number): number[] {
  const largest = PICTURE_WIDTHS[PICTURE_WIDTHS.length - 1]!;
  return [...new Set([...PICTURE_WIDTHS.filter((w) => w < originalWidth), Math.min(originalWidth, largest)])];
}

// libvips keeps recent operations in a cache for repeated work on the same file; a server
// converts each upload once, so the memory is better given back.
sharp.cache(false);

const open = (input: Buffer) => sharp(input, { limitInputPixels: MAX_INPUT_PIXELS, autoOrient: true });

async function encode(input: Buffer, format: PictureFormat, width: number): Promise<RenderedVariant> {
  const resized = open(input).resize({ width, withoutEnlargement: true });
  // JPEG has no transparency: a transparent logo gets the page's white behind it.
  const encoded = format === 'webp' ? resized.webp({ quality: 78 }) : resized.flatten({ background: '#ffffff' }).jpeg({ quality: 80, mozjpeg: true });
  const { data, info } = await encoded.toBuffer({ resolveWithObject: true });
  return { format, width: info.width, height: info.height, bytes: data };
}

/**
 * Makes the variants of an uploaded picture: turned upright as the camera held it, in every width
 * of PICTURE_WIDTHS it reaches, as WebP and as JPEG for browsers without WebP. sharp writes no
 * metadata unless asked, so the camera's location and serial number stay behind.
 * Undefined when the bytes are no picture sharp can read, or one too large to decode.
 */
export async function renderVariants(input: Buffer): Promise<RenderedPicture | undefined> {
  let upright: { width: number; height: number };
  try {
    const meta = await open(input).metadata();
    upright = meta.autoOrient;
  } catch {
    return undefined;
  }
  const variants: RenderedVariant[] = [];
  try {
    for (const width of variantWidths(upright.width)) {
      for (const format of ['webp', 'jpeg'] as const) variants.push(await encode(input, format, width));
    }
  } catch {
    // a file whose header reads well and whose pixels are broken
    return undefined;
  }
  const largest = variants[variants.length - 1]!;
  return { width: largest.width, height: largest.height, variants };
}

export type RedrawnFormat = 'jpeg' | 'png' | 'webp';

/**
 * One picture to show as it is (inside a text): upright, no wider than the largest of
 * PICTURE_WIDTHS, in the format it came in, and, like the variants, without metadata.
 * Undefined when the bytes are no JPEG, PNG or WebP sharp can read.
 */
export async function redrawPicture(input: Buffer): Promise<{ format: RedrawnFormat; bytes: Buffer } | undefined> {
  try {
    const { format } = await open(input).metadata();
    if (format !== 'jpeg' && format !== 'png' && format !== 'webp') return undefined;
    const resized = open(input).resize({ width: PICTURE_WIDTHS[PICTURE_WIDTHS.length - 1], withoutEnlargement: true });
    const encoded =
      format === 'jpeg'
        ? resized.jpeg({ quality: 85, mozjpeg: true })
        : format === 'png'
          ? resized.png({ compressionLevel: 9 })
          : resized.webp({ quality: 85 });
    return { format, bytes: await encoded.toBuffer() };
  } catch {
    return undefined;
  }
}
