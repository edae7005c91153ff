import cluster from 'node:cluster';
import { loadConfig } from './platform/config.ts';

const config = loadConfig();

if (config.processes > 1 && cluster.isPrimary) {
  const { runPrimary } = await import('./platform/cluster.ts');
  runPrimary(config.processes);
} else {
  // loaded only here, so that the primary of several processes stays small
  const { serve } = await import('./serve.ts');
  await serve(config, { first: cluster.isPrimary || process.env.APP_PROCESS_INDEX === '0' });
}
