import type { competitionDocuments as de } from '../de/competition-documents.ts';

/** The documents of a call (call text, guidance): the editors' list and upload, the downloads on the call's page. */
export const competitionDocuments: typeof de = {
  editor: {
    title: 'Documents of the call',
    link: 'Documents of the call',
    count: (n: number) => (n === 1 ? '1 document' : `${n} documents`),
    lead: (mb: number) =>
      `Anyone can download the call for applications, guidance on applying and other documents from the call’s page. PDF, ODT, DOCX and XLSX files of up to ${mb} MB each are allowed.`,
    draft: 'The call is not published yet. Its documents become public with it; until then only the editors open them.',
    empty: 'No documents yet.',
    caption: 'Documents of the call',
    head: { position: 'No.', title: 'Title', file: 'File', actions: 'Actions' },
    up: 'Move up',
    down: 'Move down',
    remove: 'Remove',
    actionLabel: (action: string, title: string) => `${action}: ${title}`,
    addTitle: 'Add a document',
    add: 'Upload',
    fields: {
      title: 'Title',
      titleHint: 'How the document is listed on the call’s page, for example “Guidance on applying”.',
      file: 'File',
      fileHint: 'PDF, ODT, DOCX or XLSX.',
      chooseAgain: (name: string) => `Choose the file “${name}” again: after an error the browser does not send it by itself.`,
    },
    notices: {
      added: 'The document has been uploaded.',
      removed: 'The document has been removed.',
      moved: 'The order has been changed.',
    },
    errors: {
      titleRequired: 'Enter a title.',
      fileRequired: 'Choose a file.',
      fileType: 'The file must be a PDF, ODT, DOCX or XLSX document.',
      fileTooLarge: (mb: number) => `The file is larger than ${mb} MB.`,
      fileEmpty: 'The file is empty.',
      duplicate: (title: string) => `This file is already one of the call’s documents: “${title}”.`,
    },
  },
  public: {
    title: 'Documents of the call',
    file: (type: string, size: string) => `${type}, ${size}`,
  },
};
