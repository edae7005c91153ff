import type { FileHandle } from 'node:fs/promises';

/** The types an upload may have. Anything else is refused, whatever its name or claimed type says. */
export const FILE_TYPES = {
  pdf: 'application/pdf',
  odt: 'application/vnd.oasis.opendocument.text',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  png: 'image/png',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
  mp4: 'video/mp4',
  webm: 'video/webm',
  vtt: 'text/vtt',
} as const;
export type FileType = (typeof FILE_TYPES)[keyof typeof FILE_TYPES];

// enough for every signature and for an ODT's first entry, "mimetype" and its value
const HEAD_BYTES = 128;

const startsWith = (buf: Buffer, bytes: number[], at = 0) => bytes.every((b, i) => buf[at + i] === b);
const ascii = (buf: Buffer, text: string, at = 0) => buf.toString('latin1', at, at + text.length) === text;

/** Types recognised from the first bytes alone; zip containers need a look inside (see detectFileType). */
export function detectFromHead(head: Buffer): FileType | 'zip' | undefined {
  if (ascii(head, '%PDF-')) return FILE_TYPES.pdf;
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return FILE_TYPES.png;
  if (startsWith(head, [0xff, 0xd8, 0xff])) return FILE_TYPES.jpeg;
  if (ascii(head, 'RIFF') && ascii(head, 'WEBP', 8)) return FILE_TYPES.webp;
  if (ascii(head, 'ftyp', 4)) return FILE_TYPES.mp4;
  if (startsWith(head, [0x1a, 0x45, 0xdf, 0xa3])) return FILE_TYPES.webm;
  // WebVTT: optional byte order mark, then "WEBVTT" followed by a space, tab or line end
  const vtt = startsWith(head, [0xef, 0xbb, 0xbf]) ? 3 : 0;
  if (ascii(head, 'WEBVTT', vtt) && [undefined, 0x20, 0x09, 0x0a, 0x0d].includes(head[vtt + 6])) return FILE_TYPES.vtt;
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04])) return 'zip';
  return undefined;
}

/** The entry names of a zip file, read from its central directory at the end. */
async function zipEntryNames(file: FileHandle, size: number): Promise<string[]> {
  // The end record is 22 bytes plus a comment of at most 65,535 bytes.
  const tailSize = Math.min(size, 22 + 65_535);
  const tail = Buffer.alloc(tailSize);
  await file.read(tail, 0, tailSize, size - tailSize);
  const end = tail.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end === -1 || end + 22 > tail.length) return [];
  const dirSize = tail.readUInt32LE(end + 12);
  const dirOffset = tail.readUInt32LE(end + 16);
  if (dirOffset + dirSize > size || dirSize > 16 * 1024 * 1024) return [];
  const dir = Buffer.alloc(dirSize);
  await file.read(dir, 0, dirSize, dirOffset);
  const names: string[] = [];
  for (let at = 0; at + 46 <= dir.length && dir.readUInt32LE(at) === 0x02014b50; ) {
    const nameLength = dir.readUInt16LE(at + 28);
    const extraLength = dir.readUInt16LE(at + 30);
    const commentLength = dir.readUInt16LE(at + 32);
    names.push(dir.toString('utf8', at + 46, at + 46 + nameLength));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

/**
 * The type of a stored file from its content. ODT names its type in a first, uncompressed entry
 * "mimetype"; Office Open XML files have [Content_Types].xml and their parts under word/ or xl/.
 */
export async function detectFileType(file: FileHandle, size: number): Promise<FileType | undefined> {
  const head = Buffer.alloc(Math.min(HEAD_BYTES, size));
  await file.read(head, 0, head.length, 0);
  const found = detectFromHead(head);
  if (found !== 'zip') return found;
  // Local header: the name starts at byte 30, the stored data follows name and extra field.
  const nameLength = head.readUInt16LE(26);
  const extraLength = head.readUInt16LE(28);
  if (nameLength === 8 && ascii(head, 'mimetype', 30)) {
    const data = 30 + nameLength + extraLength;
    const storedWhole = head.readUInt16LE(8) === 0 && head.readUInt32LE(18) === FILE_TYPES.odt.length;
    if (storedWhole && ascii(head, FILE_TYPES.odt, data)) return FILE_TYPES.odt;
  }
  const names = await zipEntryNames(file, size);
  if (!names.includes('[Content_Types].xml')) return undefined;
  if (names.some((n) => n.startsWith('word/'))) return FILE_TYPES.docx;
  if (names.some((n) => n.startsWith('xl/'))) return FILE_TYPES.xlsx;
  return undefined;
}

/** Documents are downloaded; pictures, videos and captions may be shown in the page. */
export function isInline(type: string): boolean {
  return type.startsWith('image/') || type.startsWith('video/') || type === FILE_TYPES.vtt;
}
