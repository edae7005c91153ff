/**
 * The rendered HTML of public pages, for anonymous visitors, for a second or two. When a
 * ministry opens registration, thousands look at the same event page in the same minute;
 * each process then renders it once per period instead of once per visitor. Pages opt in
 * with the route option `config: { publicPage: true }` and must be the same for every
 * anonymous visitor of a language: no submission ids, nothing from the query that is not
 * in the key (the whole URL is the key).
 */
export class PageCache {
  readonly #entries = new Map<string, { html: string; expires: number }>();

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries = 200,
    private readonly now: () => number = Date.now,
  ) {}

  get enabled(): boolean {
    return this.ttlMs > 0;
  }

  get(key: string): string | undefined {
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    if (entry.expires <= this.now()) {
      this.#entries.delete(key);
      return undefined;
    }
    return entry.html;
  }

  set(key: string, html: string): void {
    if (!this.enabled) return;
    this.#entries.delete(key);
    // A Map iterates in insertion order: the first key is the oldest entry.
    if (this.#entries.size >= this.maxEntries) this.#entries.delete(this.#entries.keys().next().value!);
    this.#entries.set(key, { html, expires: this.now() + this.ttlMs });
  }
}
