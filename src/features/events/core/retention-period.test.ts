import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../../platform/db/client.ts';
import { eachBackend } from '../../../testing/harness.ts';
import { openTestDatabase, type TestDatabase } from '../../../platform/testing/test-database.ts';
import { REGISTRATION_RETENTION_DAYS } from './retention-period.ts';
import { eventForm } from './schema.ts';

// The retention overview states these numbers; the form and the database must mean the same.
it('the event form accepts exactly the retention range the overview states', () => {
  const field = eventForm.shape.retentionDays;
  const { min, max } = REGISTRATION_RETENTION_DAYS;
  assert.equal(field.safeParse(String(min)).success, true);
  assert.equal(field.safeParse(String(max)).success, true);
  assert.equal(field.safeParse(String(min - 1)).success, false);
  assert.equal(field.safeParse(String(max + 1)).success, false);
});

eachBackend('event retention default', (backend) => {
  let database: TestDatabase;
  before(async () => {
    database = await openTestDatabase(backend);
  });
  after(async () => database.close());

  it('is the standard period of the overview in the database too', async () => {
    const [column] = await queryRows<{ column_default: string }>(
      database.db,
      sql`select column_default from information_schema.columns where table_name = 'events' and column_name = 'retention_days'`,
    );
    assert.equal(Number(column?.column_default), REGISTRATION_RETENTION_DAYS.standard);
  });
});
