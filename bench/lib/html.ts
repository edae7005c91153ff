/**
 * Just enough HTML reading for a load generator that behaves like a browser: the forms of
 * a page with their fields, the links, and the stylesheets and scripts a page loads. The
 * markup comes from our own server (preact-render-to-string), which writes attributes in
 * double quotes and escapes them, so attribute regexes are reliable here.
 */
export interface FormField {
  name: string;
  /** input type, or "select" / "textarea" */
  type: string;
  value: string;
  checked: boolean;
  /** for selects: the values of the options */
  options: string[];
  required: boolean;
}

export interface HtmlForm {
  action: string;
  method: string;
  fields: FormField[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'", '#x27': "'" };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

function attrs(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([a-zA-Z_:][-a-zA-Z0-9_:.]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) {
    const name = m[1]!.toLowerCase();
    if (name in out) continue;
    out[name] = decodeEntities(m[2] ?? m[3] ?? m[4] ?? '');
  }
  return out;
}

export function parseForms(html: string): HtmlForm[] {
  const forms: HtmlForm[] = [];
  for (const m of html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/gi)) {
    const a = attrs(m[1]!);
    const body = m[2]!;
    const fields: FormField[] = [];
    for (const f of body.matchAll(/<(input|select|textarea)\b([^>]*)>(?:([\s\S]*?)<\/\1>)?/gi)) {
      const kind = f[1]!.toLowerCase();
      const fa = attrs(f[2]!);
      if (!fa.name) continue;
      const required = 'required' in fa || fa['aria-required'] === 'true';
      if (kind === 'input') {
        fields.push({ name: fa.name, type: (fa.type ?? 'text').toLowerCase(), value: fa.value ?? '', checked: 'checked' in fa, options: [], required });
      } else if (kind === 'textarea') {
        fields.push({ name: fa.name, type: 'textarea', value: decodeEntities(f[3] ?? ''), checked: false, options: [], required });
      } else {
        const options = [...(f[3] ?? '').matchAll(/<option\b([^>]*)>([\s\S]*?)<\/option>/gi)].map((o) => attrs(o[1]!).value ?? decodeEntities(o[2]!.trim()));
        const selected = [...(f[3] ?? '').matchAll(/<option\b([^>]*)>/gi)].map((o) => attrs(o[1]!)).find((o) => 'selected' in o);
        fields.push({ name: fa.name, type: 'select', value: selected?.value ?? options[0] ?? '', checked: false, options, required });
      }
    }
    forms.push({ action: a.action ?? '', method: (a.method ?? 'get').toLowerCase(), fields });
  }
  return forms;
}

export function hiddenFields(form: HtmlForm): [string, string][] {
  return form.fields.filter((f) => f.type === 'hidden').map((f) => [f.name, f.value]);
}

export function links(html: string): string[] {
  return [...html.matchAll(/<a\b[^>]*\bhref="([^"]*)"/gi)].map((m) => decodeEntities(m[1]!));
}

/** stylesheets and scripts the page makes the browser load */
export function subresources(html: string): { css: string[]; js: string[] } {
  const css = [...html.matchAll(/<link\b([^>]*)>/gi)]
    .map((m) => attrs(m[1]!))
    .filter((a) => a.rel === 'stylesheet' && a.href)
    .map((a) => a.href!);
  const js = [...html.matchAll(/<script\b([^>]*)>/gi)]
    .map((m) => attrs(m[1]!))
    .filter((a) => a.src)
    .map((a) => a.src!);
  return { css, js };
}
