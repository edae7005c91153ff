import type { FastifyRequest } from 'fastify';

/**
 * Query parameters that carry secrets: the tokens of manage links, offers, password resets
 * and address confirmations, and the CSRF token in the action of upload forms. Log files are
 * read by more people and kept longer than the database, so these never reach them.
 */
const SECRET_PARAMETERS = ['token', '_csrf'];
// Also inside another parameter, percent-encoded: the language switch carries the page's own
// address, token included, as ?weiter=%2Fanmeldung%2F…%3Ftoken%3D….
const SECRET_PARAMETER = new RegExp(`((?:[?&]|%3F|%26)(?:${SECRET_PARAMETERS.join('|')})(?:=|%3D))(?:(?!&|%26|#).)*`, 'gi');

export function redactUrl(url: string): string {
  return url.includes('?') ? url.replace(SECRET_PARAMETER, '$1[redacted]') : url;
}

/** The request as the log shows it: Fastify's default fields, with the secrets taken out of the URL. */
export function serializeRequest(request: FastifyRequest): Record<string, unknown> {
  return {
    method: request.method,
    url: redactUrl(request.url),
    host: request.host,
    remoteAddress: request.ip,
    remotePort: request.socket?.remotePort,
  };
}
