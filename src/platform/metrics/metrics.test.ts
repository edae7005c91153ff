import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { eachBackend, createTestRuntime, type TestRuntime } from '../../testing/harness.ts';
import { loadConfig } from '../config.ts';
import { insertJob } from '../jobs/repository.ts';
import { queueMail, SEND_MAIL_JOB, sendMailJob } from '../mail/queue.ts';
import { seriesValue } from '../testing/prometheus-text.ts';
import { AppMetrics } from './app-metrics.ts';
import { metricsAccess } from './metrics-access.ts';

const TOKEN = 'prometheus-token-of-the-data-centre-0123456789';

describe('who may read /metrics', () => {
  it('lets in the configured addresses and ranges, IPv4 also as a dual-stack socket shows it', () => {
    const access = metricsAccess({ allow: ['10.20.0.5', '192.168.7.0/24', 'fd00::/8'], token: undefined });
    assert.equal(access('10.20.0.5', undefined), 'allowed');
    assert.equal(access('::ffff:10.20.0.5', undefined), 'allowed');
    assert.equal(access('192.168.7.200', undefined), 'allowed');
    assert.equal(access('fd12::1', undefined), 'allowed');
    assert.equal(access('10.20.0.6', undefined), 'denied');
    assert.equal(access('192.168.8.1', undefined), 'denied');
    assert.equal(access('not an address', undefined), 'denied');
  });

  it('lets in the bearer token from anywhere, and nothing that merely resembles it', () => {
    const access = metricsAccess({ allow: [], token: TOKEN });
    assert.equal(access('203.0.113.9', `Bearer ${TOKEN}`), 'allowed');
    assert.equal(access('203.0.113.9', `bearer ${TOKEN}`), 'allowed');
    assert.equal(access('203.0.113.9', `Bearer ${TOKEN}x`), 'denied');
    assert.equal(access('203.0.113.9', TOKEN), 'denied');
    assert.equal(access('203.0.113.9', `Basic ${TOKEN}`), 'denied');
    assert.equal(access('203.0.113.9', undefined), 'denied');
  });

  it('is off when neither setting is given', () => {
    assert.equal(metricsAccess({ allow: [], token: undefined })('127.0.0.1', `Bearer ${TOKEN}`), 'off');
  });

  it('reads METRICS_ALLOW and METRICS_TOKEN, and refuses what is no address or too short a token', () => {
    assert.deepEqual(loadConfig({}).metrics, { allow: [], token: undefined });
    assert.deepEqual(loadConfig({ METRICS_ALLOW: '10.20.0.5, 10.30.0.0/16', METRICS_TOKEN: TOKEN }).metrics, {
      allow: ['10.20.0.5', '10.30.0.0/16'],
      token: TOKEN,
    });
    assert.throws(() => loadConfig({ METRICS_ALLOW: 'prometheus.example.org' }), /METRICS_ALLOW: "prometheus.example.org" is not an IP address/);
    assert.throws(() => loadConfig({ METRICS_TOKEN: 'short' }), /METRICS_TOKEN/);
  });
});

describe('mails counted by outcome', () => {
  it('counts a mail handed over as sent, and a refusal as failed while the job still fails for its retry', async () => {
    const metrics = new AppMetrics();
    const mail = { to: 'a@example.org', subject: 'Test', text: 'Hallo' };
    const job = { id: 'job-1', kind: SEND_MAIL_JOB, payload: mail, attempts: 1, maxAttempts: 12, requestId: null };
    await sendMailJob({ label: 'ok', send: async () => undefined, close: () => undefined }, metrics)(mail, job);
    const refusing = sendMailJob(
      {
        label: 'down',
        send: async () => {
          throw new Error('421 try again later');
        },
        close: () => undefined,
      },
      metrics,
    );
    await assert.rejects(refusing(mail, job), /421/);
    await assert.rejects(refusing(mail, job), /421/);
    const text = await metrics.text();
    assert.equal(seriesValue(text, 'digitale_kommune_mails_total{outcome="sent"}'), 1);
    assert.equal(seriesValue(text, 'digitale_kommune_mails_total{outcome="failed"}'), 2);
  });
});

eachBackend('/metrics', (backend) => {
  let rt: TestRuntime;
  let closed: TestRuntime;
  before(async () => {
    rt = await createTestRuntime(backend, { config: { metrics: { allow: ['127.0.0.1'], token: TOKEN } } });
    closed = await createTestRuntime(backend);
  });
  after(async () => {
    await rt.close();
    await closed.close();
  });

  const scrape = async (remoteAddress = '127.0.0.1', headers: Record<string, string> = {}) =>
    rt.app.inject({ method: 'GET', url: '/metrics', remoteAddress, headers });

  it('answers 404 while neither METRICS_ALLOW nor METRICS_TOKEN is set', async () => {
    const res = await closed.app.inject({ method: 'GET', url: '/metrics' });
    assert.equal(res.statusCode, 404);
    assert.match(res.body, /METRICS_ALLOW or METRICS_TOKEN/);
  });

  it('answers 403 to another address without the token, and the figures with it, without a session or a cached copy', async () => {
    const refused = await scrape('203.0.113.9');
    assert.equal(refused.statusCode, 403);
    assert.doesNotMatch(refused.body, /digitale_kommune_/);
    assert.equal((await scrape('203.0.113.9', { authorization: 'Bearer wrong-token-wrong-token-wrong-token' })).statusCode, 403);
    const res = await scrape('203.0.113.9', { authorization: `Bearer ${TOKEN}` });
    assert.equal(res.statusCode, 200);
    assert.match(String(res.headers['content-type']), /^text\/plain; version=0\.0\.4/);
    assert.equal(res.headers['cache-control'], 'no-store');
    assert.equal(res.headers['set-cookie'], undefined);
    assert.equal((await scrape()).statusCode, 200, 'the allowed address needs no token');
  });

  it('speaks the Prometheus text format and includes the event-loop lag of the process', async () => {
    const text = (await scrape()).body;
    for (const line of text.split('\n').filter(Boolean)) {
      assert.match(
        line,
        /^(# (HELP|TYPE) [a-zA-Z_:][\w:]* .+|[a-zA-Z_:][\w:]*(\{[^}]*\})? -?[\d.e+-]+|[a-zA-Z_:][\w:]*(\{[^}]*\})? (NaN|Nan|\+Inf|-Inf))$/,
        line,
      );
    }
    assert.ok((seriesValue(text, 'nodejs_eventloop_lag_seconds') ?? -1) >= 0);
    assert.match(text, /^nodejs_eventloop_lag_p99_seconds /m);
  });

  it('times requests by route pattern and status, never by the address asked for', async () => {
    for (let i = 0; i < 3; i++) assert.equal((await rt.app.inject({ method: 'GET', url: '/livez' })).statusCode, 200);
    assert.equal((await rt.app.inject({ method: 'GET', url: '/veranstaltungen/gibt-es-nicht-1' })).statusCode, 404);
    assert.equal((await rt.app.inject({ method: 'GET', url: '/veranstaltungen/gibt-es-nicht-2' })).statusCode, 404);
    assert.equal((await rt.app.inject({ method: 'GET', url: '/kein/solcher/pfad' })).statusCode, 404);
    const text = (await scrape()).body;
    assert.equal(seriesValue(text, 'digitale_kommune_http_request_duration_seconds_count{method="GET",route="/livez",status_code="200"}'), 3);
    assert.equal(seriesValue(text, 'digitale_kommune_http_request_duration_seconds_count{method="GET",route="/veranstaltungen/:slug",status_code="404"}'), 2);
    assert.equal(seriesValue(text, 'digitale_kommune_http_request_duration_seconds_count{method="GET",route="unmatched",status_code="404"}'), 1);
    assert.doesNotMatch(text, /gibt-es-nicht|solcher/);
    const fast = seriesValue(text, 'digitale_kommune_http_request_duration_seconds_bucket{le="30",method="GET",route="/livez",status_code="200"}');
    assert.equal(fast, 3, 'every request falls into the last bucket');
  });

  it('counts the jobs by kind and state, and the mails the worker sent', async () => {
    await insertJob(rt.deps.db, { kind: 'metrics.test.later', payload: {}, runAt: new Date(Date.now() + 3_600_000) });
    await insertJob(rt.deps.db, { kind: 'metrics.test.later', payload: {}, runAt: new Date(Date.now() + 7_200_000) });
    await queueMail(rt.deps.db, { to: 'erika@example.org', subject: 'Test', text: 'Hallo' });
    let text = (await scrape()).body;
    assert.equal(seriesValue(text, 'digitale_kommune_jobs{kind="metrics.test.later",state="scheduled"}'), 2);
    assert.equal(seriesValue(text, 'digitale_kommune_jobs{kind="mail.send",state="due"}'), 1);
    const sentBefore = seriesValue(text, 'digitale_kommune_mails_total{outcome="sent"}') ?? 0;
    await rt.runJobs();
    text = (await scrape()).body;
    assert.equal(seriesValue(text, 'digitale_kommune_jobs{kind="mail.send",state="due"}'), undefined, 'a sent mail is no longer waiting');
    assert.equal(seriesValue(text, 'digitale_kommune_mails_total{outcome="sent"}'), sentBefore + 1);
  });

  it(backend === 'postgres' ? 'shows the connection pool of the process' : 'has no pool figures on the embedded database', async () => {
    const text = (await scrape()).body;
    if (backend === 'postgres') {
      assert.equal(seriesValue(text, 'digitale_kommune_db_pool_size'), 5);
      assert.ok((seriesValue(text, 'digitale_kommune_db_pool_connections{state="in_use"}') ?? -1) >= 0);
      assert.equal(seriesValue(text, 'digitale_kommune_db_pool_waiting'), 0);
    } else {
      assert.doesNotMatch(text, /digitale_kommune_db_pool/);
    }
  });
});
