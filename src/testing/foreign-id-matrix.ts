import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Executor } from '../platform/db/client.ts';
import type { AppDeps } from '../platform/deps.ts';
import { MATRIX_ROLES, type MatrixRole } from '../platform/testing/authorization-matrix-types.ts';
import type { FormFields, TestClient } from '../platform/testing/client.ts';

/**
 * Marks a visitor who may do what a row tries, e.g. an administrator on another organisation's
 * member page. Such a visitor is not tried: the change would be legitimate, and the feature's own
 * tests show it.
 */
export const ALLOWED = 'allowed';

/**
 * A row of the authorization matrix with real ids of someone else's records: another
 * organisation's members and invitations, another event's dates and entries, another person's
 * registration. The records are made in the matrix's runtime first, so the address is built
 * from them.
 */
export interface ForeignIdRow<Ids> {
  method: 'GET' | 'POST';
  /** the registered pattern, e.g. /netzwerk/organisationen/:slug/mitglieder/:userId/rolle */
  route: string;
  /** what the address mixes, for the test's name */
  what: string;
  url(ids: Ids): string;
  /** a valid form, so that only the check of who owns what stands between the visitor and a change */
  form?(ids: Ids): FormFields;
  expect: Record<MatrixRole, number | typeof ALLOWED>;
}

export interface ForeignIdMatrix<Ids> {
  /** makes the other organisation's (event's, person's) records */
  setUp(deps: AppDeps): Promise<Ids>;
  /** everything the rows could change; it must read the same after each row */
  state(deps: AppDeps, ids: Ids): Promise<unknown>;
  rows: ForeignIdRow<Ids>[];
}

/** Every row of the tables, in an order that does not depend on where the database put them. */
export async function readTables(db: Executor, tables: PgTable[]): Promise<unknown[][]> {
  const all: unknown[][] = [];
  for (const table of tables) {
    const rows: unknown[] = await db.select().from(table);
    all.push(
      rows
        .map((row) => ({ key: JSON.stringify(row), row }))
        .sort((a, b) => a.key.localeCompare(b.key))
        .map((r) => r.row),
    );
  }
  return all;
}

/**
 * One test per row: each visitor that is not ALLOWED sends the request and gets the expected
 * status, and the feature's records read the same afterwards.
 */
export function describeForeignIds<Ids>(
  name: string,
  matrix: ForeignIdMatrix<Ids>,
  runtime: () => { deps: AppDeps; clients: ReadonlyMap<MatrixRole, TestClient> },
): void {
  describe(name, () => {
    let ids: Ids;
    before(async () => {
      ids = await matrix.setUp(runtime().deps);
    });

    for (const row of matrix.rows) {
      it(`${row.method} ${row.route}: ${row.what}`, async () => {
        const { deps, clients } = runtime();
        const url = row.url(ids);
        const stateBefore = await matrix.state(deps, ids);
        const actual: Partial<Record<MatrixRole, number>> = {};
        const expected: Partial<Record<MatrixRole, number>> = {};
        for (const role of MATRIX_ROLES) {
          const want = row.expect[role];
          if (want === ALLOWED) continue;
          const client = clients.get(role)!;
          const res = row.method === 'GET' ? await client.get(url) : await client.postForm(url, row.form?.(ids) ?? {}, { csrfFrom: '/passwort-vergessen' });
          actual[role] = res.statusCode;
          expected[role] = want;
        }
        assert.deepEqual(actual, expected, url);
        assert.deepEqual(await matrix.state(deps, ids), stateBefore, `${url} changed nothing`);
      });
    }
  });
}
