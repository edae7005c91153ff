import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { it } from 'node:test';
import { parse } from 'yaml';
import { CONFIG_VARIABLES, loadConfig } from '../config.ts';
import { PROBE_PATHS } from '../http/probe-routes.ts';
import { METRICS_PATH } from '../metrics/metrics-routes.ts';
import { PROJECT_ROOT } from '../paths.ts';

/*
 * The files in deploy/ are not run here (no systemd, nginx or container engine on the
 * project's machines). What they name must exist: the files of the build, the npm scripts,
 * the start command, the port, the settings, the probes.
 */
const read = (file: string) => fs.readFileSync(path.join(PROJECT_ROOT, file), 'utf8');
const unit = read('deploy/digitale-kommune.service');
const nginx = read('deploy/nginx.conf');
const containerfile = read('deploy/Containerfile');
const compose = parse(read('deploy/compose.yaml')) as {
  services: { app: { build: { context: string; dockerfile: string }; environment: Record<string, string>; ports: string[]; volumes?: string[] } };
};
const pkg = JSON.parse(read('package.json')) as { scripts: Record<string, string> };
const defaults = loadConfig({});
const START = 'node --enable-source-maps dist/main.js';

it('starts the bundle that npm run build writes, with the command the README gives', () => {
  const build = read('scripts/build.mjs');
  assert.match(build, /default: 'dist'/, 'the build writes into dist/');
  assert.match(build, /main: 'src\/main\.ts'/, 'and names the server main.js');
  assert.ok(read('README.md').includes(START));
  assert.match(unit, new RegExp(`^ExecStart=/usr/bin/${START.replaceAll('.', '\\.')}$`, 'm'));
  assert.match(containerfile, /^CMD \["node", "--enable-source-maps", "dist\/main\.js"\]$/m);
  for (const file of ['deploy/digitale-kommune.service', 'deploy/nginx.conf', 'deploy/Containerfile', 'deploy/compose.yaml']) {
    for (const [, script] of read(file).matchAll(/npm run ([\w:-]+)/g)) assert.ok(pkg.scripts[script!], `${file}: npm run ${script} is no script`);
  }
});

it('puts into the image what the running app reads, and builds it from the project folder', () => {
  const copied = [...containerfile.matchAll(/^COPY --from=build \/app\/(\S+) /gm)].map((m) => m[1]);
  // package.json marks the project folder (paths.ts); public/ and migrations/ are read from it at run time
  assert.deepEqual(copied.sort(), ['dist', 'migrations', 'node_modules', 'package.json', 'public']);
  for (const file of ['package.json', 'package-lock.json', 'public', 'migrations']) assert.ok(fs.existsSync(path.join(PROJECT_ROOT, file)), file);
  assert.match(containerfile, /^USER node$/m, 'the app does not run as root');
  assert.equal(path.resolve(PROJECT_ROOT, 'deploy', compose.services.app.build.context), PROJECT_ROOT);
  assert.equal(compose.services.app.build.dockerfile, 'deploy/Containerfile');
  // with DATABASE_URL the files are in PostgreSQL (fileStoreFor): the app containers keep nothing
  assert.ok(compose.services.app.environment.DATABASE_URL);
  assert.equal(compose.services.app.volumes, undefined);
});

it('uses the app’s port, settings, upload limit and probes', () => {
  const port = String(defaults.port);
  assert.match(unit, new RegExp(`^Environment=PORT=${port}$`, 'm'));
  assert.match(containerfile, new RegExp(`PORT=${port}\\b`));
  assert.match(containerfile, new RegExp(`^EXPOSE ${port}$`, 'm'));
  assert.deepEqual(compose.services.app.ports, [`${port}:${port}`]);
  assert.match(nginx, new RegExp(`server 127\\.0\\.0\\.1:${port};`));

  const named = new Set([
    ...[...unit.matchAll(/^Environment=(\w+)=/gm)].map((m) => m[1]!),
    ...[...containerfile.matchAll(/(?:ENV |\\\n\s+)(\w+)=/g)].map((m) => m[1]!),
    ...Object.keys(compose.services.app.environment),
    ...(/\/etc\/digitale-kommune\.env \(([^)]+)\)/.exec(unit)?.[1] ?? '').split(/[\s,]+/).filter((w) => /^[A-Z_]+$/.test(w)),
  ]);
  assert.ok(named.size >= 10, [...named].join(', '));
  for (const name of named) assert.ok(CONFIG_VARIABLES.includes(name) || name === 'NODE_OPTIONS', `${name} is not a setting of the app`);

  assert.match(nginx, new RegExp(`client_max_body_size ${defaults.uploadMaxBytes / 1024 / 1024}m;`));
  for (const [, probes] of nginx.matchAll(/location ~ \^\/\(([\w|]+)\)\$/g)) {
    for (const probe of probes!.split('|')) assert.ok(PROBE_PATHS.includes(`/${probe}`), probe);
  }
  assert.match(nginx, /proxy_set_header X-Forwarded-For /);
  assert.match(nginx, /proxy_set_header X-Request-Id \$request_id;/);
  assert.match(nginx, new RegExp(`location = ${METRICS_PATH} \\{\\s*deny all;`), 'the metrics are not served to the world');
});

it('runs the service without privileges, writing only to its data folder', () => {
  for (const line of ['NoNewPrivileges=yes', 'ProtectSystem=strict', 'ProtectHome=yes', 'PrivateTmp=yes', 'CapabilityBoundingSet=', 'User=digitale-kommune']) {
    assert.match(unit, new RegExp(`^${line}$`, 'm'), line);
  }
  const dataDir = /^Environment=DATA_DIR=(\S+)$/m.exec(unit)?.[1];
  assert.ok(dataDir);
  assert.match(unit, new RegExp(`^ReadWritePaths=${dataDir}$`, 'm'));
});
