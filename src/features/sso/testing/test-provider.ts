import http from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

/** The people the test provider knows, by their `sub`. */
export const PROVIDER_ACCOUNTS: Record<string, { email: string; email_verified: boolean; name: string; groups: string[] }> = {
  'kiel-neu': { email: 'neu.kiel@landesportal.example', email_verified: true, name: 'Jana Petersen', groups: ['dk-redaktion'] },
  'kiel-unbestaetigt': { email: 'unbestaetigt@landesportal.example', email_verified: false, name: 'Ole Hansen', groups: [] },
};

export interface TestProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** add or change a person before their login */
  accounts: typeof PROVIDER_ACCOUNTS;
  close(): Promise<void>;
}

/**
 * A real OpenID provider (the oidc-provider package) on a random local port, with one client
 * that must use PKCE, its development login pages (any password; the login names the `sub`),
 * and the claims email, email_verified, name and groups.
 */
export async function startTestProvider(options: { appBaseUrl: string }): Promise<TestProvider> {
  const accounts = structuredClone(PROVIDER_ACCOUNTS);
  let handler: ((req: http.IncomingMessage, res: http.ServerResponse) => void) | undefined;
  const server = http.createServer((req, res) => handler?.(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const clientId = 'digitale-kommune';
  const clientSecret = 'test-client-secret-0123456789';
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [`${options.appBaseUrl}/anmelden/sso/rueckkehr`],
        post_logout_redirect_uris: [`${options.appBaseUrl}/anmelden`],
        response_types: ['code'],
        grant_types: ['authorization_code'],
      },
    ],
    pkce: { required: () => true },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'], groups: ['groups'] },
    findAccount: (_ctx: unknown, sub: string) => {
      const person = accounts[sub];
      return person ? { accountId: sub, claims: () => ({ sub, ...person }) } : undefined;
    },
    features: { devInteractions: { enabled: true }, rpInitiatedLogout: { enabled: true } },
    cookies: { keys: ['test-provider-cookie-key'] },
  });
  handler = provider.callback();
  return {
    issuer,
    clientId,
    clientSecret,
    accounts,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * A browser at the provider, driven over HTTP: follows the authorization URL through the
 * development login and consent pages and returns the redirect back to the app (its URL).
 */
export async function loginAtProvider(authorizationUrl: string, sub: string): Promise<URL> {
  const cookies = new Map<string, string>();
  const send = async (url: string, init: RequestInit = {}) => {
    const response = await fetch(url, {
      ...init,
      redirect: 'manual',
      headers: { ...(init.headers as Record<string, string>), cookie: [...cookies].map(([k, v]) => `${k}=${v}`).join('; ') },
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const eq = pair!.indexOf('=');
      cookies.set(pair!.slice(0, eq), pair!.slice(eq + 1));
    }
    return response;
  };
  const origin = new URL(authorizationUrl).origin;
  let url = authorizationUrl;
  for (let step = 0; step < 12; step++) {
    const response = await send(url);
    const location = response.headers.get('location');
    if (location) {
      const next = new URL(location, url);
      if (next.origin !== origin) return next;
      url = next.href;
      continue;
    }
    const html = await response.text();
    const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
    if (!action) throw new Error(`no form at the provider: ${html.slice(0, 300)}`);
    const prompt = /name="prompt" value="(\w+)"/.exec(html)?.[1] ?? 'consent';
    const body = new URLSearchParams(prompt === 'login' ? { prompt, login: sub, password: 'beliebig' } : { prompt });
    const posted = await send(new URL(action, url).href, { method: 'POST', body, headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    const after = posted.headers.get('location');
    if (!after) throw new Error(`the provider answered ${posted.status} to the ${prompt} form`);
    url = new URL(after, url).href;
  }
  throw new Error('no redirect back to the app');
}
