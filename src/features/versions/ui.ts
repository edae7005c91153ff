/**
 * The versions engine's views, for the features that keep versions: fragments to place in the
 * owner's pages, which take the owner's words and addresses through their props and query
 * nothing. Beside service.ts, this is the engine's second public module (docs/architecture.md).
 */
export { VersionComparison } from './views/comparison.tsx';
export { VersionHistory } from './views/history.tsx';
