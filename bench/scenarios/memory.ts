import type { BenchContext } from '../lib/context.ts';
import { printResult, target } from '../lib/report.ts';

/** Peak resident memory (VmHWM) of the main app process over every scenario that used it. */
export async function memoryScenario(ctx: BenchContext, scenariosSoFar: string[]): Promise<void> {
  const peakMb = ctx.mainSampler.peakMb();
  if (peakMb === null) {
    printResult('memory', { notes: ['not measured: /proc/<pid>/status (Linux) is not available here'] });
    return;
  }
  printResult('memory', {
    peakRssMB: peakMb,
    during: scenariosSoFar,
    process: 'node --import tsx src/main.ts (NODE_ENV=production); tsx compiles in a loader thread of the same process, so its memory is included',
    targets: [target('peak RSS MB', peakMb, '<', 200)],
  });
}
