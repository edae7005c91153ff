import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { Markdown, markdownHeadings, type MarkdownProps } from './markdown.tsx';
import { safeImageSource, safeLink } from './safe-url.ts';

const render = (text: string, options: Omit<MarkdownProps, 'text'> = {}) => renderToString(h(Markdown, { text, ...options }));

/** Payloads from XSS cheat sheets, in Markdown and in HTML, each must come out inert. */
const PAYLOADS = [
  '<script>alert(1)</script>',
  '<SCRIPT SRC=//evil.example/xss.js></SCRIPT>',
  'Text <script>alert(1)</script> im Absatz',
  '<img src=x onerror=alert(1)>',
  '<svg onload=alert(1)>',
  '<svg><script>alert(1)</script></svg>',
  '<iframe src="https://evil.example"></iframe>',
  '<iframe srcdoc="&lt;script&gt;alert(1)&lt;/script&gt;"></iframe>',
  '<body onload=alert(1)>',
  '<a href="javascript:alert(1)">klick</a>',
  '<div style="background:url(javascript:alert(1))">x</div>',
  '[klick](javascript:alert(1))',
  '[klick](JaVaScRiPt:alert(1))',
  '[klick](  javascript:alert(1))',
  '[klick](<javascript:alert(1)>)',
  '[klick](java\tscript:alert(1))',
  '[klick](jav&#x61;script:alert(1))',
  '[klick](jav&#97;script:alert(1))',
  '[klick](javascript&colon;alert(1))',
  '[klick](&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1))',
  '[klick](\\javascript:alert(1))',
  '[klick](%6Aavascript:alert(1))',
  '<javascript:alert(1)>',
  '[klick][ref]\n\n[ref]: javascript:alert(1)',
  '[klick](vbscript:msgbox(1))',
  '[klick](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '![bild](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)',
  '![bild](javascript:alert(1))',
  '![bild](https://tracker.example/pixel.gif)',
  '![bild](//tracker.example/pixel.gif)',
  '![x" onerror="alert(1)](/bild.png)',
  '[x](https://ok.example "title\\" onmouseover=\\"alert(1)")',
  '[<img src=x onerror=alert(1)>](https://ok.example)',
  '**<img src=x onerror=alert(1)>**',
  '> <script>alert(1)</script>\n> - <iframe src=x></iframe>',
  '| a | b |\n|---|---|\n| <script>alert(1)</script> | [x](javascript:alert(1)) |',
  '```html\n<script>alert(1)</script>\n```',
  '`<script>alert(1)</script>`',
  '&lt;script&gt;alert(1)&lt;/script&gt;',
  '<<script>script>alert(1)<</script>/script>',
  '<a href="java&#x09;script:alert(1)">x</a>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<details open ontoggle=alert(1)>',
  '<!-- --><script>alert(1)</script>',
  '[a](https://ok.example)<img src=x onerror=alert(1)>',
];

/**
 * The element tags of rendered HTML with their attribute values emptied: text never holds a
 * "<" (preact escapes it), so every "<" starts a real tag, and only names are left to check.
 */
function tagsWithoutValues(html: string): string[] {
  return [...html.matchAll(/<[^>"]*(?:"[^"]*"[^>"]*)*>/g)].map((m) => m[0].replace(/"[^"]*"/g, '""'));
}

function assertInert(html: string, payload: string) {
  assert.doesNotMatch(html, /<script/i, payload);
  assert.doesNotMatch(html, /<iframe/i, payload);
  assert.doesNotMatch(html, /<svg/i, payload);
  assert.doesNotMatch(html, /href="\s*(javascript|vbscript|data):/i, payload);
  assert.doesNotMatch(html, /src="(?!\/[^/\\])/i, `image from elsewhere: ${payload}`);
  const allowed = /^<\/?(div|p|a|img|strong|em|del|code|pre|br|hr|ul|ol|li|blockquote|table|thead|tbody|tr|th|td|h[2-6])[\s/>]/;
  for (const tag of tagsWithoutValues(html)) {
    assert.match(tag, allowed, `unexpected element ${tag} from ${payload}`);
    assert.doesNotMatch(tag, /\son\w+\s*=/i, `event handler in ${tag} from ${payload}`);
    assert.doesNotMatch(tag, /\sstyle\s*=/i, `style in ${tag} from ${payload}`);
  }
}

describe('Markdown renderer', () => {
  it(`leaves all ${PAYLOADS.length} XSS payloads inert`, () => {
    assert.ok(PAYLOADS.length >= 20);
    // The check itself must catch live markup.
    for (const live of ['<p onclick="x()">a</p>', '<a href="javascript:x">a</a>', '<img src="https://evil.example/p.gif">', '<iframe>']) {
      assert.throws(() => assertInert(live, 'self-test'), live);
    }
    for (const payload of PAYLOADS) assertInert(render(payload), payload);
  });

  it('shows raw HTML as the text the author typed', () => {
    const html = render('Vorher <b onclick="x()">fett</b> nachher\n\n<div>Block</div>');
    assert.match(html, /Vorher &lt;b onclick=&quot;x\(\)&quot;>fett&lt;\/b> nachher/);
    assert.match(html, /<p class="kern-body">&lt;div>Block&lt;\/div><\/p>/);
  });

  it('turns forbidden links into their text and keeps safe ones', () => {
    assert.match(render('[klick](javascript:alert(1))'), /<p class="kern-body">klick<\/p>/);
    assert.match(
      render('[Programm](https://example.org/a?b=1&c=2)'),
      /<a href="https:\/\/example.org\/a\?b=1&amp;c=2" rel="noopener noreferrer">Programm<\/a>/,
    );
    assert.match(render('[Kontakt](mailto:info@example.org)'), /<a href="mailto:info@example.org">Kontakt<\/a>/);
    assert.match(render('[Wissen](/wissen/leitfaden)'), /<a href="\/wissen\/leitfaden">Wissen<\/a>/);
    assert.match(render('<https://example.org>'), /<a href="https:\/\/example.org" rel="noopener noreferrer">/);
  });

  it('shows only same-site images and keeps the alt text of the others', () => {
    assert.match(render('![Gruppenfoto](/static/foto.jpg "Foto")'), /<img src="\/static\/foto.jpg" alt="Gruppenfoto" title="Foto" loading="lazy"\/>/);
    assert.match(render('![Zählpixel](https://tracker.example/p.gif)'), /<p class="kern-body">Zählpixel<\/p>/);
  });

  it('shows uploaded pictures with their alt text, and an empty alt rather than none', () => {
    const id = '4b000000-0000-4000-8000-0000000000f1';
    assert.match(
      render(`![Karte der \\[drei\\] Ortsteile](/dateien/${id})`),
      new RegExp(`<img src="/dateien/${id}" alt="Karte der \\[drei\\] Ortsteile" loading="lazy"/>`),
    );
    // An attribute without value is alt="" in HTML: the picture is marked as decoration.
    assert.match(render(`![](/dateien/${id})`), new RegExp(`<img src="/dateien/${id}" alt loading="lazy"/>`));
  });

  it('decodes character references in text and escapes the result', () => {
    const html = render('Müller &amp; Söhne &lt;b&gt; &#8211; A&B');
    assert.match(html, /Müller &amp; Söhne &lt;b> – A&amp;B/);
  });

  it('renders the block elements with the design system classes', () => {
    const html = render(
      [
        '# Ergebnisse',
        'Ein *kurzer* und **wichtiger** Satz mit `Code` und ~~alt~~.',
        '> Zitat',
        '- eins\n- zwei',
        '3. drei\n4. vier',
        '| Ort | Plätze |\n|:---|---:|\n| Heide | 40 |',
        '---',
        '```\nx < y\n```',
      ].join('\n\n'),
    );
    assert.match(html, /<h2 id="abschnitt-ergebnisse" class="kern-heading-large">Ergebnisse<\/h2>/);
    assert.match(html, /<em>kurzer<\/em> und <strong>wichtiger<\/strong> Satz mit <code>Code<\/code> und <del>alt<\/del>/);
    assert.match(html, /<blockquote class="dk-inset-text"><p class="kern-body">Zitat<\/p><\/blockquote>/);
    assert.match(html, /<ul class="kern-list kern-list--bullet"><li>eins<\/li><li>zwei<\/li><\/ul>/);
    assert.match(html, /<ol class="kern-list kern-list--number" start="3">/);
    assert.match(
      html,
      /<th scope="col" class="kern-table__header">Ort<\/th><th scope="col" class="kern-table__header kern-table__header--numeric">Plätze<\/th>/,
    );
    assert.match(html, /<td class="kern-table__cell kern-table__cell--numeric">40<\/td>/);
    assert.match(html, /<hr class="dk-section-break dk-section-break--l"\/>/);
    assert.match(html, /<pre><code>x &lt; y<\/code><\/pre>/);
  });

  it('shifts headings below the page heading and never renders an h1', () => {
    assert.doesNotMatch(render('# Eins\n\n## Zwei'), /<h1/);
    assert.match(render('# Eins', { headingLevel: 2 }), /<h3 /);
    assert.match(render('###### Tief', { headingLevel: 3 }), /<h6 /);
  });

  it('lists the headings with the same unique ids the renderer gives them', () => {
    const text = '# Ergebnisse für Süderbrarup\n\n## Fragen\n\ntext\n\n## Fragen\n\n> ### Im Zitat';
    const headings = markdownHeadings(text, { idPrefix: 'wc-' });
    assert.deepEqual(headings, [
      { level: 2, text: 'Ergebnisse für Süderbrarup', id: 'wc-ergebnisse-fuer-suederbrarup' },
      { level: 3, text: 'Fragen', id: 'wc-fragen' },
      { level: 3, text: 'Fragen', id: 'wc-fragen-2' },
      { level: 4, text: 'Im Zitat', id: 'wc-im-zitat' },
    ]);
    const html = render(text, { idPrefix: 'wc-' });
    for (const heading of headings) assert.match(html, new RegExp(`<h${heading.level} id="${heading.id}"`));
  });
});

describe('URL policy', () => {
  it('accepts http, https, mailto and relative addresses only', () => {
    assert.deepEqual(safeLink('https://example.org'), { href: 'https://example.org', external: true });
    assert.deepEqual(safeLink('mailto:a@example.org'), { href: 'mailto:a@example.org', external: false });
    assert.deepEqual(safeLink('../a#b'), { href: '../a#b', external: false });
    for (const bad of [
      'javascript:x',
      ' JAVASCRIPT:x',
      'java\nscript:x',
      '\u0001javascript:x',
      'data:text/html,x',
      'vbscript:x',
      'file:///etc/passwd',
      '//evil.example',
      '/\\evil.example',
      'jav&#x09;ascript:x',
    ]) {
      assert.equal(safeLink(bad), undefined, JSON.stringify(bad));
    }
  });

  it('accepts only images of this site', () => {
    assert.equal(safeImageSource('/static/a.png'), '/static/a.png');
    for (const bad of ['https://example.org/a.png', '//example.org/a.png', 'data:image/png;base64,AAAA', 'javascript:x']) {
      assert.equal(safeImageSource(bad), undefined, bad);
    }
  });
});
