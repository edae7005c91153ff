import type { Attachments } from './attachments.ts';
import type { Audience, DocumentLanguage, KnowledgeStatus, KnowledgeStep, KnowledgeType } from './tables.ts';

/** A file of assets/demo, stored under a fixed id so that its address is the same everywhere. */
export interface DemoFile {
  id: string;
  name: string;
}

export interface DemoItem {
  /** fixed for the items that tests name */
  id?: string;
  slug: string;
  type: KnowledgeType;
  step: KnowledgeStep | null;
  fieldsOfAction: string[];
  audiences: Audience[];
  tags: string[];
  title: string;
  summary: string;
  body: string;
  videoUrl?: string;
  status?: KnowledgeStatus;
  /** documents: the file and its language; videos: the video file and its captions */
  files?: Partial<Record<keyof Attachments, DemoFile>>;
  language?: DocumentLanguage;
}
