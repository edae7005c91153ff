/** Atom 1.0 (RFC 4287) feed of newly published events, written by hand and fully escaped. */

export interface AtomEntry {
  /** a permanent IRI that never changes for the event */
  id: string;
  title: string;
  summary: string;
  url: string;
  author: string;
  published: Date;
  updated: Date;
}

export interface AtomFeed {
  id: string;
  title: string;
  subtitle: string;
  /** the feed's own address */
  selfUrl: string;
  /** the HTML page the feed stands for */
  htmlUrl: string;
  language: string;
  /** used when there is no entry yet */
  fallbackUpdated: Date;
  entries: AtomEntry[];
}

/** Escapes text for XML content and attributes and drops characters XML 1.0 forbids. */
export function xmlEscape(value: string): string {
  return value
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

export function atomFeed(feed: AtomFeed): string {
  const updated = feed.entries.reduce((latest, e) => (e.updated > latest ? e.updated : latest), feed.entries[0]?.updated ?? feed.fallbackUpdated);
  const entries = feed.entries.map(
    (e) => `  <entry>
    <id>${xmlEscape(e.id)}</id>
    <title type="text">${xmlEscape(e.title)}</title>
    <link rel="alternate" type="text/html" href="${xmlEscape(e.url)}"/>
    <published>${e.published.toISOString()}</published>
    <updated>${e.updated.toISOString()}</updated>
    <author><name>${xmlEscape(e.author)}</name></author>
    <summary type="text">${xmlEscape(e.summary)}</summary>
  </entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${xmlEscape(feed.language)}">
  <id>${xmlEscape(feed.id)}</id>
  <title type="text">${xmlEscape(feed.title)}</title>
  <subtitle type="text">${xmlEscape(feed.subtitle)}</subtitle>
  <link rel="self" type="application/atom+xml" href="${xmlEscape(feed.selfUrl)}"/>
  <link rel="alternate" type="text/html" href="${xmlEscape(feed.htmlUrl)}"/>
  <updated>${updated.toISOString()}</updated>
${entries.join('\n')}
</feed>
`;
}
