import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { loadConfig } from '../config.ts';
import { queryRows } from '../db/client.ts';
import { DAY_MS } from '../retention/periods.ts';
import { TestClient } from '../testing/client.ts';
import { createTestRuntime, createTestUser, eachBackend, type TestRuntime } from '../../testing/harness.ts';
import { recordAudit } from './record.ts';

interface Row extends Record<string, unknown> {
  subject_id: string;
  actor_id: string | null;
  actor_label: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  // a string or a Date, depending on the driver
  pseudonymised_at: string | Date | null;
}

describe('AUDIT_PERSONAL_DATA_DAYS', () => {
  it('is 365 days unless set', () => {
    assert.equal(loadConfig({}).auditPersonalDataDays, 365);
    assert.equal(loadConfig({ AUDIT_PERSONAL_DATA_DAYS: '90' }).auditPersonalDataDays, 90);
    assert.throws(() => loadConfig({ AUDIT_PERSONAL_DATA_DAYS: '0' }), /AUDIT_PERSONAL_DATA_DAYS/);
  });
});

eachBackend('audit log pseudonymisation', (backend) => {
  const DAYS = 200;
  let rt: TestRuntime;
  let anna: { id: string; email: string; password: string };
  let bert: { id: string; email: string; password: string };
  const rows = async () =>
    queryRows<Row>(
      rt.deps.db,
      sql`select subject_id, actor_id, actor_label, before, after, pseudonymised_at from audit_log where subject_type = 'test' order by subject_id`,
    );

  before(async () => {
    rt = await createTestRuntime(backend, { config: { auditPersonalDataDays: DAYS } });
    anna = await createTestUser(rt.deps, { email: 'anna.admin@example.org', displayName: 'Anna Admin', siteRole: 'admin' });
    bert = await createTestUser(rt.deps, { email: 'bert@example.org' });
    const { db } = rt.deps;
    await recordAudit(db, anna, 'invitation.create', { type: 'test', id: '1' }, null, { email: 'otto.eingeladen@example.org', role: 'member' });
    await recordAudit(
      db,
      anna,
      'event.worldCafe.removeContribution',
      { type: 'test', id: '2' },
      {
        authorName: 'Tina Teilnehmerin',
        body: 'Schreiben Sie mir: tina@example.org',
        variations: [{ speaker: 'Dr. Sabine Sprecherin' }],
      },
    );
    await recordAudit(db, bert, 'membership.leave', { type: 'test', id: '3' }, { userId: bert.id, role: 'member' }, null);
    await recordAudit(db, null, 'event.date.anonymise', { type: 'test', id: '4' }, undefined, { registrations: 3 });
  });
  after(async () => {
    await rt.close();
  });

  it(`keeps names and addresses for AUDIT_PERSONAL_DATA_DAYS (here ${DAYS})`, async () => {
    await rt.runtime.sweep(new Date(Date.now() + (DAYS - 1) * DAY_MS));
    const [first] = await rows();
    assert.equal(first?.actor_label, 'anna.admin@example.org');
    assert.equal(first?.after?.email, 'otto.eingeladen@example.org');
    assert.equal(first?.pseudonymised_at, null);
  });

  it('then replaces them with pseudonyms that stay the same for the same person', async () => {
    const sweptAt = new Date(Date.now() + (DAYS + 1) * DAY_MS);
    await rt.runtime.sweep(sweptAt);
    const [invitation, removal, leave, system] = await rows();
    const everything = JSON.stringify([invitation, removal, leave, system]);
    for (const clear of ['anna.admin@example.org', 'otto.eingeladen', 'Tina Teilnehmerin', 'tina@example.org', 'Sabine', 'bert@example.org']) {
      assert.ok(!everything.includes(clear), `${clear} is gone`);
    }

    assert.match(invitation!.actor_label, /^Pseudonym [0-9A-F]{8}$/);
    assert.equal(removal!.actor_label, invitation!.actor_label, 'the same actor, the same pseudonym');
    assert.notEqual(leave!.actor_label, invitation!.actor_label, 'another actor, another pseudonym');
    assert.equal(invitation!.actor_id, anna.id, 'the entry still belongs to the account, e.g. for its deletion');

    assert.match(String(invitation!.after?.email), /^Pseudonym [0-9A-F]{8}$/);
    assert.equal(invitation!.after?.role, 'member', 'what is not personal stays readable');
    assert.match(String(removal!.before?.authorName), /^Pseudonym [0-9A-F]{8}$/);
    assert.match(String(removal!.before?.body), /^Schreiben Sie mir: Pseudonym [0-9A-F]{8}$/);
    const variations = removal!.before!.variations as Record<string, string>[];
    assert.deepEqual(Object.keys(variations[0]!), ['speaker']);
    assert.match(variations[0]!.speaker!, /^Pseudonym /);
    assert.equal(leave!.before?.userId, bert.id);

    assert.equal(system!.actor_label, 'system');
    assert.deepEqual(system!.after, { registrations: 3 });

    for (const row of [invitation, removal, leave, system]) assert.equal(new Date(row!.pseudonymised_at ?? 0).getTime(), sweptAt.getTime());
  });

  it('does each entry once', async () => {
    const first = await rows();
    await rt.runtime.sweep(new Date(Date.now() + (DAYS + 30) * DAY_MS));
    assert.deepEqual(await rows(), first);
  });

  it('shows pseudonymised entries in the audit log, and finds them by pseudonym', async () => {
    const admin = new TestClient(rt.app);
    await admin.login(anna.email, anna.password);
    const [invitation] = await rows();
    const page = await admin.get('/verwaltung/protokoll?aktion=invitation.create');
    assert.equal(page.statusCode, 200);
    assert.ok(page.body.includes(invitation!.actor_label));
    assert.match(page.body, /pseudonymisiert/);
    assert.match(page.body, new RegExp(`Nach ${DAYS} Tagen werden E-Mail-Adressen und Namen`));
    assert.doesNotMatch(page.body, /otto\.eingeladen/);
    const found = await admin.get(`/verwaltung/protokoll?wer=${encodeURIComponent(invitation!.actor_label)}`);
    assert.match(found.body, /2 Einträge/);
  });
});
