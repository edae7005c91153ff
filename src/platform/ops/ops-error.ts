/**
 * A failure the operator can act on: the CLI prints its message alone, without a stack
 * trace, and exits with status 1. Anything else is a bug and is printed in full.
 */
export class OpsError extends Error {
  override readonly name = 'OpsError';
}
