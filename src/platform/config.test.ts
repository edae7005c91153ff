import assert from 'node:assert/strict';
import os from 'node:os';
import { it } from 'node:test';
import { loadConfig } from './config.ts';

it('runs one app process unless told otherwise, and never several on the embedded database', () => {
  const server = { DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/postgres' };
  assert.equal(loadConfig({}).processes, 1);
  assert.equal(loadConfig({ WEB_CONCURRENCY: '4' }).processes, 1, 'PGlite is one process');
  assert.equal(loadConfig({ ...server, WEB_CONCURRENCY: '4' }).processes, 4);
  assert.equal(loadConfig({ ...server, WEB_CONCURRENCY: 'auto' }).processes, os.availableParallelism());
  assert.throws(() => loadConfig({ ...server, WEB_CONCURRENCY: 'viele' }), /WEB_CONCURRENCY/);
});

it('names every invalid setting', () => {
  assert.throws(() => loadConfig({ PORT: 'achtzig', UPLOAD_MAX_MB: '0' }), /PORT: .*UPLOAD_MAX_MB: /);
});
