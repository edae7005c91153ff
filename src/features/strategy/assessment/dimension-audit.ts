import type { DimensionRow, QuestionRow } from './repository.ts';

/** The audit log's subjects and what it keeps of the editors' dimensions and questions. */
export const dimensionSubject = (id: string) => ({ type: 'strategy_dimension', id });
export const questionSubject = (id: string) => ({ type: 'strategy_question', id });

export function dimensionSnapshot(d: DimensionRow) {
  return { slug: d.slug, name: d.name, description: d.description, knowledgeTags: d.knowledgeTags, position: d.position, archivedAt: d.archivedAt };
}

export function questionSnapshot(q: QuestionRow) {
  return { dimensionId: q.dimensionId, text: q.text, help: q.help, levels: q.levels, position: q.position, archivedAt: q.archivedAt };
}
