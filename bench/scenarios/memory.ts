import type { BenchContext } from '../lib/context.ts';
import { printResult, target } from '../lib/report.ts';

/** Peak resident memory (VmHWM) of the largest app process over every scenario that used it. */
export async function memoryScenario(ctx: BenchContext, scenariosSoFar: string[]): Promise<void> {
  const peakMb = ctx.mainSampler.peakMb();
  if (peakMb === null) {
    printResult('memory', { notes: ['not measured: /proc/<pid>/status (Linux) is not available here'] });
    return;
  }
  printResult('memory', {
    peakRssMB: peakMb,
    during: scenariosSoFar,
    process: `node dist/main.js (NODE_ENV=production, WEB_CONCURRENCY=${ctx.options.processes})`,
    // every process's own peak: the primary, then one line per app process it forked (and restarted)
    peaksPerProcessMB: ctx.mainSampler.peaksMb(),
    targets: [target('peak RSS MB', peakMb, '<', 200)],
  });
}
