/** What a feature hands to the index for one piece of content. */
export interface SearchDocumentInput {
  /** owning feature, e.g. 'events', 'knowledge' */
  feature: string;
  /** the content's id within that feature; (feature, refId) is unique */
  refId: string;
  /** shown as the result's tag and used by the type filter, e.g. 'event', 'article' */
  type: string;
  title: string;
  summary: string;
  body: string;
  /** where the result links to, a site-relative path */
  url: string;
  fieldsOfAction: string[];
  audiences?: string[];
  language?: 'de' | 'en';
  /** unpublished documents are kept but never found */
  published: boolean;
  /** only people who hold this key find it (e.g. the members of a group); without one, everyone */
  accessKey?: string | undefined;
  publishedAt?: Date;
  updatedAt?: Date;
}

export interface SearchQuery {
  query: string;
  types?: string[];
  fieldsOfAction?: string[];
  /** the searcher's access keys: documents with one of them are found besides the open ones */
  accessKeys?: string[];
  /** 1-based */
  page: number;
  pageSize: number;
}

/** A piece of a snippet; `match` pieces are the search words, for the view to wrap in <mark>. */
export interface SnippetPart {
  text: string;
  match: boolean;
}

export interface SearchHit {
  feature: string;
  refId: string;
  type: string;
  title: string;
  url: string;
  fieldsOfAction: string[];
  publishedAt: Date | null;
  snippetHtmlParts: SnippetPart[];
}

export interface SearchResult {
  /** the query as searched (trimmed, cut to the maximum length) */
  query: string;
  /** a known word close to a mistyped single-word query, searched as well */
  correctedTo?: string;
  total: number;
  items: SearchHit[];
}
