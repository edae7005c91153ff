import { decodeEntities, hiddenFields, parseForms, type HtmlForm } from './html.ts';
import { bodyText, type HttpClient, type HttpResponse } from './load.ts';

/**
 * One person registering for a date the way their browser does it: open the form, send
 * it (the answer is the check-your-answers page with the sealed token and the CSRF token in
 * hidden fields), press "confirm" and get the confirmation page with the registration's link.
 */
export interface Person {
  index: number;
  email: string;
  firstName: string;
  lastName: string;
  /** the address the reverse proxy reports for this person (TRUST_PROXY=127.0.0.1) */
  ip: string;
}

export function person(index: number, tag: string): Person {
  return {
    index,
    email: `${tag}-${index}@bench.example.org`,
    firstName: `Vorname${index}`,
    lastName: 'Mustermann',
    ip: `10.${(index >> 16) & 255}.${(index >> 8) & 255}.${index & 255}`,
  };
}

export function registrationFormPath(slug: string, dateId: string): string {
  return `/veranstaltungen/${encodeURIComponent(slug)}/termine/${dateId}/anmeldung`;
}

/** an unexpected answer at one step of the flow */
export class FlowError extends Error {
  constructor(
    readonly step: 'form' | 'check' | 'confirm' | 'confirmation',
    readonly status: number,
    detail = '',
  ) {
    super(`${step}: HTTP ${status}${detail ? ` ${detail}` : ''}`);
  }
}

export interface FlowTimings {
  formMs: number;
  checkMs: number;
  confirmMs: number;
}

/** Everything the person typed: the answers a real person gives in the registration form. */
function fill(form: HtmlForm, p: Person): [string, string][] {
  const out: [string, string][] = [];
  const seenRadio = new Set<string>();
  for (const f of form.fields) {
    const name = f.name;
    if (f.type === 'hidden') out.push([name, f.value]);
    else if (f.type === 'submit' || f.type === 'button') continue;
    else if (name === 'email' || f.type === 'email') out.push([name, p.email]);
    else if (name === 'firstName') out.push([name, p.firstName]);
    else if (name === 'lastName') out.push([name, p.lastName]);
    else if (name === 'organisation') out.push([name, `Gemeinde Musterdorf ${p.index % 97}`]);
    else if (f.type === 'checkbox') {
      if (name === 'consent' || f.required) out.push([name, f.value || 'on']);
    } else if (f.type === 'radio') {
      if (!seenRadio.has(name)) {
        seenRadio.add(name);
        out.push([name, f.value]);
      }
    } else if (f.type === 'select') out.push([name, f.options.find((o) => o !== '') ?? '']);
    else if (f.required) out.push([name, 'Bench']);
    else out.push([name, '']);
  }
  return out;
}

function title(html: string): string {
  return (/<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '').slice(0, 100);
}

function errorSummary(html: string): string {
  const summary = /class="dk-error-summary"[\s\S]*?<\/div>/.exec(html)?.[0] ?? '';
  return summary
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 200);
}

export interface FlowResult {
  timings: FlowTimings;
  /** the registration's own page (view and cancel) that the confirmation page links to */
  location: string;
}

type Step = FlowError['step'];

/**
 * Runs the flow for one person. `retry` is asked when a request gets no answer at all (the
 * server died): it decides whether and when the browser sends it again, as a person who
 * reloads or presses the button once more would.
 */
export async function registerThroughBrowser(
  client: HttpClient,
  formPath: string,
  p: Person,
  options: { retry?: (step: Step, attempt: number, error: unknown) => Promise<boolean> } = {},
): Promise<FlowResult> {
  const headers = { 'x-forwarded-for': p.ip, accept: 'text/html' };
  const send = async (step: Step, request: () => Promise<HttpResponse>): Promise<HttpResponse> => {
    for (let attempt = 1; ; attempt++) {
      try {
        return await request();
      } catch (error) {
        if (!options.retry || !(await options.retry(step, attempt, error))) throw error;
      }
    }
  };
  const form = await send('form', () => client.get(formPath, { headers }));
  if (form.status !== 200) throw new FlowError('form', form.status);
  const formHtml = bodyText(form);
  const registration = parseForms(formHtml).find((f) => f.method === 'post' && f.action.split('?')[0] === formPath);
  if (!registration) throw new FlowError('form', form.status, 'no registration form on the page');

  const check = await send('check', () => client.postForm(registration.action, fill(registration, p), { headers }));
  const checkHtml = bodyText(check);
  if (check.status !== 200) throw new FlowError('check', check.status, errorSummary(checkHtml));
  const confirmForm = parseForms(checkHtml).find((f) => f.method === 'post' && /bestaetigen/.test(f.action));
  if (!confirmForm) throw new FlowError('check', check.status, `no confirm form: ${errorSummary(checkHtml)}`);

  const confirm = await send('confirm', () => client.postForm(confirmForm.action, hiddenFields(confirmForm), { headers }));
  // The confirmation page comes as the answer (200) or behind a redirect (303, Post/Redirect/Get).
  let done = confirm;
  if (confirm.status === 303 || confirm.status === 302) {
    const location = String(confirm.headers.location ?? '');
    done = await send('confirmation', () => client.get(location, { headers }));
    if (done.status !== 200) throw new FlowError('confirmation', done.status);
  } else if (confirm.status !== 200) {
    throw new FlowError('confirm', confirm.status, errorSummary(bodyText(confirm)));
  }
  // The confirmation page links to the registration's own page; a 200 without it is some other page.
  const doneHtml = bodyText(done);
  const manage = /href="(\/anmeldung\/[^"?]+\?token=[^"]+)"/.exec(doneHtml)?.[1];
  if (!manage) throw new FlowError('confirm', confirm.status, `no confirmation: ${errorSummary(doneHtml) || title(doneHtml)}`);
  const location = decodeEntities(manage);
  return { timings: { formMs: form.ms, checkMs: check.ms, confirmMs: confirm.ms }, location };
}
