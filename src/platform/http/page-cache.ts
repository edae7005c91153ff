/**
 * The rendered HTML of public pages, for anonymous visitors, for a second or two. When a
 * ministry opens registration, thousands look at the same event page in the same minute;
 * each process then renders it once per period instead of once per visitor. Pages opt in
 * with the route option `config: { publicPage: { query } }` and must be the same for every
 * anonymous visitor of a language: no submission ids, nothing from the query that `query`
 * does not parse (the key is the path and the parsed query, see platform-plugin.ts).
 *
 * When a page has just expired, one request renders it anew while the others still get the
 * page of a moment ago; otherwise every open connection would render it at the same time.
 */
/** A kept page, and its compressed forms once a visitor asked for them. */
export interface CachedPage {
  html: string;
  encoded: Map<string, Buffer>;
}

export class PageCache {
  readonly #entries = new Map<string, { page: CachedPage; expires: number; refreshing: number | undefined }>();

  /**
   * @param ttlMs how long a page is served as it is; 0 switches the cache off
   * @param staleMs how long after that it may still be served while one request renders it anew
   */
  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries = 200,
    private readonly now: () => number = Date.now,
    private readonly staleMs = 5 * ttlMs,
  ) {}

  get enabled(): boolean {
    return this.ttlMs > 0;
  }

  /** The page to send, or undefined when this request is to render it (and then `set` it). */
  get(key: string): CachedPage | undefined {
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    const now = this.now();
    if (now < entry.expires) {
      // most recently used last, so that a full cache drops what nobody asked for lately
      this.#entries.delete(key);
      this.#entries.set(key, entry);
      return entry.page;
    }
    if (now >= entry.expires + this.staleMs) {
      this.#entries.delete(key);
      return undefined;
    }
    // Expired a moment ago: the first request renders; if it fails to set the page, another tries after ttl.
    if (entry.refreshing !== undefined && now < entry.refreshing + this.ttlMs) return entry.page;
    entry.refreshing = now;
    return undefined;
  }

  set(key: string, html: string): void {
    if (!this.enabled) return;
    this.#entries.delete(key);
    // A Map iterates in insertion order: the first key is the least recently used.
    if (this.#entries.size >= this.maxEntries) this.#entries.delete(this.#entries.keys().next().value!);
    this.#entries.set(key, { page: { html, encoded: new Map() }, expires: this.now() + this.ttlMs, refreshing: undefined });
  }
}
