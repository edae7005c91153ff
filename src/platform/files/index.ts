/** Uploaded files: content-checked storage with metadata rows, upload and download helpers. */
export { FILE_TYPES, type FileType, isInline } from './detect.ts';
export { fileTypeLabel, formatFileSize } from './format.ts';
export { checkUpload, type CheckedUpload, type FileFieldWords } from './check-upload.ts';
export { receiveForm, type FormUpload, type FormUploadOptions } from './form-upload.ts';
export { contentDisposition, parseRange, receiveUpload, sendStoredFile, storedFileCaching, type UploadError, type UploadResult } from './http.ts';
export { createLocalFileStore, FileRefusedError, fileStoreFor, type ByteRange, type FileStore, type PutOptions, type StoredFileMeta } from './store.ts';
