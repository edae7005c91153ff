/** Uploaded files: content-checked storage with metadata rows, upload and download helpers. */
export { FILE_TYPES, type FileType, isInline } from './detect.ts';
export { createLocalFileStore, FileRefusedError, type FileStore, type PutOptions, type StoredFileMeta } from './store.ts';
export { contentDisposition, receiveUpload, sendStoredFile, type UploadError, type UploadResult } from './http.ts';
