import http from 'node:http';
import type { TargetRequest, TestTarget } from './client.ts';

interface Cookie {
  name: string;
  value: string;
  maxAge?: number;
  expires?: Date;
}

/** The cookies of Set-Cookie headers, with what TestClient needs to tell a deletion. */
function parseSetCookies(headers: string[] | undefined): Cookie[] {
  return (headers ?? []).map((header) => {
    const [pair = '', ...attributes] = header.split(';').map((part) => part.trim());
    const equals = pair.indexOf('=');
    const cookie: Cookie = { name: pair.slice(0, equals), value: pair.slice(equals + 1) };
    for (const attribute of attributes) {
      const [key = '', value = ''] = attribute.split('=');
      if (key.toLowerCase() === 'max-age') cookie.maxAge = Number(value);
      if (key.toLowerCase() === 'expires') cookie.expires = new Date(value);
    }
    return cookie;
  });
}

/**
 * An app process listening on `origin`, for TestClient: the same requests as app.inject, sent
 * over a connection of their own, so that tests can drive several processes of one installation.
 */
export function remoteApp(origin: string, sessionCookieName: string): TestTarget {
  const send = (request: TargetRequest) =>
    new Promise<Awaited<ReturnType<TestTarget['inject']>>>((resolve, reject) => {
      const outgoing = http.request(new URL(request.url, origin), { method: request.method, headers: request.headers, agent: false }, (response) => {
        const parts: Buffer[] = [];
        response.on('data', (part: Buffer) => parts.push(part));
        response.on('end', () =>
          resolve({
            statusCode: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(parts).toString('utf8'),
            cookies: parseSetCookies(response.headers['set-cookie']),
          }),
        );
        response.on('error', reject);
      });
      outgoing.on('error', reject);
      outgoing.end(request.payload);
    });
  return { sessionCookie: { name: sessionCookieName }, inject: send };
}
