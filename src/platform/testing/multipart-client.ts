import { LOCALE_COOKIE } from '../i18n/index.ts';
import { formFields, type FormFields, type TestClient, type TestResponse, type TestTarget } from './client.ts';

/** A file as a browser sends it from a file input. */
export interface FilePart {
  name: string;
  content: Buffer;
  /** what the browser claims; the server must not believe it */
  type?: string;
}

/** A multipart form on a page: its action (with the CSRF token in the query) and submission id. */
export interface MultipartForm {
  action: string;
  hidden: Record<string, string>;
}

const decode = (v: string) => v.replace(/&amp;/g, '&').replace(/&quot;/g, '"');

/** Opens `pageUrl` with the client and finds the multipart form that posts to `actionPath`. */
export async function openMultipartForm(client: TestClient, pageUrl: string, actionPath: string): Promise<MultipartForm> {
  const page = await client.get(pageUrl);
  for (const match of page.body.matchAll(/<form\b[^>]*\baction="([^"]*)"[^>]*enctype="multipart\/form-data"[^>]*>/g)) {
    const action = decode(match[1]!);
    if (action.split('?')[0] === actionPath) return { action, hidden: formFields(page.body, pageUrl, action) ?? {} };
  }
  throw new Error(`no multipart form posting to ${actionPath} on ${pageUrl} (${page.statusCode})`);
}

/**
 * Sends a multipart form as a browser without JavaScript does: the text fields, then every file
 * input, those left empty as parts without a name. TestClient sends only text bodies.
 */
export async function submitMultipart(
  app: TestTarget,
  client: TestClient,
  form: MultipartForm,
  fields: FormFields,
  files: Record<string, FilePart | undefined>,
): Promise<TestResponse> {
  const boundary = '----dk-multipart-test';
  const chunks: Buffer[] = [];
  for (const [name, value] of Object.entries({ ...form.hidden, ...fields })) {
    for (const v of Array.isArray(value) ? value : [value]) {
      chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${v}\r\n`));
    }
  }
  for (const [name, file] of Object.entries(files)) {
    chunks.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${name}"; filename="${file?.name ?? ''}"\r\nContent-Type: ${file?.type ?? 'application/octet-stream'}\r\n\r\n`,
      ),
      file?.content ?? Buffer.alloc(0),
      Buffer.from('\r\n'),
    );
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  const cookie = [app.sessionCookie.name, LOCALE_COOKIE]
    .filter((name) => client.cookie(name) !== undefined)
    .map((name) => `${name}=${client.cookie(name)}`)
    .join('; ');
  const response = await app.inject({
    method: 'POST',
    url: form.action,
    headers: {
      host: 'localhost',
      origin: 'http://localhost',
      'sec-fetch-site': 'same-origin',
      accept: 'text/html',
      'content-type': `multipart/form-data; boundary=${boundary}`,
      ...(cookie ? { cookie } : {}),
    },
    payload: Buffer.concat(chunks),
  });
  const location = typeof response.headers.location === 'string' ? response.headers.location : undefined;
  return { statusCode: response.statusCode, headers: response.headers, body: response.body, location };
}
