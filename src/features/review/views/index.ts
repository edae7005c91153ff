/**
 * The review engine's views, for the features that mount its pages. They are fragments to
 * place in the owning feature's layout, take everything through their props and query nothing.
 * docs/architecture.md lets a feature import another feature's service module only; the views
 * are exported here, beside service.ts rather than from it, until that rule says how a feature
 * offers views to others.
 */
export { AssignmentTable } from './assignment-table.tsx';
export { ConflictForm } from './conflict-form.tsx';
export { RankingTable, type SubjectLabel } from './ranking-table.tsx';
export { ReviewForm } from './review-form.tsx';
export { ReviewSummary } from './review-summary.tsx';
export { ConflictTag, ReviewStatusTag, scoreText } from './shared.tsx';
