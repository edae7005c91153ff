import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../deps.ts';

const DAY = 86_400_000;
/** RFC 9116 wants the file to expire within a year; it is made on each request, so half a year is always ahead. */
const VALID_DAYS = 180;

/** The contact for reports of vulnerabilities: SECURITY_CONTACT, else the site's contact address. */
export async function securityContact(deps: AppDeps): Promise<string | undefined> {
  if (deps.config.securityContact) return deps.config.securityContact;
  const { contactEmail } = await deps.settings.get();
  return contactEmail ? `mailto:${contactEmail}` : undefined;
}

/** The security.txt of RFC 9116 for a contact. */
export function securityTxt(options: { contact: string; baseUrl: string; now: Date }): string {
  const expires = new Date(Math.floor(options.now.getTime() / DAY) * DAY + VALID_DAYS * DAY);
  return [
    `Contact: ${options.contact}`,
    `Expires: ${expires.toISOString()}`,
    'Preferred-Languages: de, en',
    `Canonical: ${options.baseUrl}/.well-known/security.txt`,
    '',
  ].join('\n');
}

/** /.well-known/security.txt: where to report a vulnerability (SECURITY.md says the rest); 404 without a contact. */
export function registerSecurityTxt(app: FastifyInstance, deps: AppDeps): void {
  app.get('/.well-known/security.txt', async (_request, reply) => {
    const contact = await securityContact(deps);
    if (!contact) return reply.callNotFound();
    return reply
      .type('text/plain; charset=utf-8')
      .header('cache-control', 'public, max-age=86400')
      .send(securityTxt({ contact, baseUrl: deps.config.baseUrl, now: new Date() }));
  });
}
