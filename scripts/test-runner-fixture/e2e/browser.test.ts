// Run only by src/platform/testing/test-runner.test.ts, always with a chromium that is not there.
import { browserTest } from '../../../e2e/support/test.ts';

browserTest('needs chromium', async () => {});
