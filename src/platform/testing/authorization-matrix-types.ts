/** The six kinds of visitor every route is checked for. */
export const MATRIX_ROLES = ['anonymous', 'member', 'manager', 'editor', 'juror', 'admin'] as const;
export type MatrixRole = (typeof MATRIX_ROLES)[number];

/**
 * One row of the authorization matrix: a concrete URL (with demo-content ids/slugs), the
 * route pattern it exercises, and the status each kind of visitor must get.
 */
export interface MatrixRoute {
  method: 'GET' | 'POST';
  url: string;
  /** the registered pattern, e.g. /verwaltung/nutzer/:id; defaults to url */
  route?: string;
  expect: Record<MatrixRole, number>;
}

/** Shorthands for the common shapes of a row. */
export const PUBLIC = { anonymous: 200, member: 200, manager: 200, editor: 200, juror: 200, admin: 200 } as const;
export const SIGNED_IN = { anonymous: 303, member: 200, manager: 200, editor: 200, juror: 200, admin: 200 } as const;
export const ADMIN_ONLY = { anonymous: 303, member: 403, manager: 403, editor: 403, juror: 403, admin: 200 } as const;
export const EDITORS = { anonymous: 303, member: 403, manager: 403, editor: 200, juror: 403, admin: 200 } as const;
