import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { messagesFor } from '../../platform/i18n/index.ts';
import { FINISHED_JOB_DAYS, FORM_SUBMISSION_DAYS, OUTBOX_DAYS } from '../../platform/retention/periods.ts';
import { retentionRows } from '../../platform/retention/registry.ts';
import { TestClient } from '../../platform/testing/client.ts';
import { createTestRuntime, eachBackend, type TestRuntime } from '../../testing/harness.ts';
import { REGISTRATION_RETENTION_DAYS } from '../events/core/retention-period.ts';
import { RETENTION_PATH } from './routes.ts';

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

eachBackend('retention overview', (backend) => {
  const AUDIT_DAYS = 180;
  let rt: TestRuntime;
  before(async () => {
    rt = await createTestRuntime(backend, { config: { auditPersonalDataDays: AUDIT_DAYS } });
  });
  after(async () => {
    await rt.close();
  });

  it('declares every kind of personal data of the catalogue once, from the platform and the features', () => {
    const ids = rt.deps.retention.map((e) => e.id);
    assert.equal(new Set(ids).size, ids.length, 'no kind twice');
    assert.deepEqual([...ids].sort(), Object.keys(messagesFor('de').retention.entries).sort(), 'no text without an entry, no entry without a text');
    for (const id of ['eventRegistrations', 'accounts', 'invitations'] as const) assert.ok(ids.includes(id), `${id} comes from its feature`);
  });

  it('is a public page in German listing each kind with where and how long, from the values the code uses', async () => {
    const res = await new TestClient(rt.app).get(RETENTION_PATH);
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /<h1[^>]*>Löschfristen<\/h1>/);
    assert.match(res.body, /<table/);
    for (const row of retentionRows(rt.deps.retention, messagesFor('de'))) {
      for (const cell of [row.data, row.where, row.period, row.purpose]) assert.ok(res.body.includes(escapeHtml(cell)), `${row.id}: ${cell}`);
    }
    for (const period of [
      `${FINISHED_JOB_DAYS} Tage nach dem Versand oder dem letzten Zustellversuch`,
      `${OUTBOX_DAYS} Tage`,
      `${FORM_SUBMISSION_DAYS} Tage`,
      `${AUDIT_DAYS} Tage, dann durch Pseudonyme ersetzt`,
      `${REGISTRATION_RETENTION_DAYS.standard} Tage nach dem Ende des Termins`,
      '14 Tage nach der letzten Nutzung',
    ]) {
      assert.ok(res.body.includes(period), period);
    }
  });

  it('is in English after the language switch', async () => {
    const res = await new TestClient(rt.app).get(RETENTION_PATH, { cookie: 'dk_lang=en' });
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /<h1[^>]*>Retention periods<\/h1>/);
    assert.ok(res.body.includes(`${AUDIT_DAYS} days, then replaced by pseudonyms`));
  });

  it('is linked from the privacy page', async () => {
    const res = await new TestClient(rt.app).get('/datenschutz');
    assert.ok(res.body.includes(`<a href="${RETENTION_PATH}">${escapeHtml(messagesFor('de').retention.linkFromPrivacy)}</a>`));
    const imprint = await new TestClient(rt.app).get('/impressum');
    assert.ok(!imprint.body.includes(RETENTION_PATH));
  });
});
