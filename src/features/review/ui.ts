/**
 * The review engine's views, for the features that mount its pages: fragments to place in the
 * owning feature's layout, which take everything through their props and query nothing. Beside
 * service.ts, this is the engine's second public module (docs/architecture.md).
 */
export { AssignForm } from './views/assign-form.tsx';
export { AssignmentTable } from './views/assignment-table.tsx';
export { ConflictForm } from './views/conflict-form.tsx';
export { RankingTable, type SubjectLabel } from './views/ranking-table.tsx';
export { ReviewForm } from './views/review-form.tsx';
export { ReviewSummary } from './views/review-summary.tsx';
export { ConflictTag, ReviewStatusTag, scoreText } from './views/shared.tsx';
