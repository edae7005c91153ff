import { z } from 'zod';
import { ApiProblem } from '../../../platform/api/problem.ts';
import { field } from './fields.ts';

export const MAX_PER_PAGE = 100;
export const DEFAULT_PER_PAGE = 20;

/** The paging parameters every list takes; `abc`, 0 or 101 are a 400, never a guess. */
export const pagingQuery = {
  page: z.coerce.number().int().min(1).max(100_000).default(1).describe(field('page')),
  per_page: z.coerce.number().int().min(1).max(MAX_PER_PAGE).default(DEFAULT_PER_PAGE).describe(field('perPage')),
};

export const pagingSchema = z
  .object({
    page: z.number().int().min(1).describe(field('page')),
    perPage: z.number().int().min(1).max(MAX_PER_PAGE).describe(field('perPage')),
    totalItems: z.number().int().min(0).describe(field('totalItems')),
    totalPages: z.number().int().min(1).describe(field('totalPages')),
  })
  .meta({ id: 'Paging', description: field('paging') });

export const linksSchema = z
  .object({
    self: z.url().describe(field('linkSelf')),
    first: z.url().describe(field('linkFirst')),
    last: z.url().describe(field('linkLast')),
    next: z.url().nullable().describe(field('linkNext')),
    prev: z.url().nullable().describe(field('linkPrev')),
  })
  .meta({ id: 'PageLinks', description: field('links') });

/** The envelope of every list: one page of items, where it stands and the addresses of its neighbours. */
export function pageOf<T extends z.ZodType>(item: T) {
  const page = z.object({ items: z.array(item).describe(field('items')), paging: pagingSchema, links: linksSchema });
  // named after its items, so the document and its page show "EventPage" rather than an anonymous object
  const id = z.globalRegistry.get(item)?.id;
  return id ? page.meta({ id: `${id}Page`, description: field('page') }) : page;
}

export interface PageRequest {
  page: number;
  perPage: number;
}

/** What to read for a page: at most this many, after skipping so many. */
export function window(request: PageRequest): { limit: number; offset: number } {
  return { limit: request.perPage, offset: (request.page - 1) * request.perPage };
}

/**
 * The envelope for a page that was read. A page past the last is a 404 problem, so that a
 * client that counts wrong hears it; an empty list has one empty page.
 */
export function envelope<T>(options: { items: T[]; total: number; request: PageRequest; url: URL }) {
  const { items, total, request, url } = options;
  const totalPages = Math.max(1, Math.ceil(total / request.perPage));
  if (request.page > totalPages) throw new ApiProblem(404, (t) => t.api.problems.beyondLastPage(request.page, totalPages));
  const at = (page: number) => {
    const link = new URL(url);
    link.searchParams.set('page', String(page));
    link.searchParams.set('per_page', String(request.perPage));
    return link.toString();
  };
  return {
    items,
    paging: { page: request.page, perPage: request.perPage, totalItems: total, totalPages },
    links: {
      self: at(request.page),
      first: at(1),
      last: at(totalPages),
      next: request.page < totalPages ? at(request.page + 1) : null,
      prev: request.page > 1 ? at(request.page - 1) : null,
    },
  };
}

/** A whole list read at once (the few funded projects), cut into the requested page. */
export function slice<T>(all: T[], request: PageRequest): T[] {
  const { limit, offset } = window(request);
  return all.slice(offset, offset + limit);
}
