import { randomUUID } from 'node:crypto';
import type { Executor } from '../../../platform/db/client.ts';
import { knowledgeItems, type KnowledgeStatus } from '../../knowledge/tables.ts';
import { seminarModules, seminarSeries } from '../core/tables.ts';

/** Test support for the editors' pages: what the pages themselves do not make. */

/** A guide of the knowledge base, to be chosen as a module's material. */
export async function insertEditorTestGuide(db: Executor, title: string, status: KnowledgeStatus = 'draft'): Promise<string> {
  const id = randomUUID();
  await db
    .insert(knowledgeItems)
    .values({ id, type: 'guide', slug: `leitfaden-${id.slice(0, 8)}`, title, summary: `${title}: Kurzfassung`, body: 'Text', status });
  return id;
}

/** A draft series of someone else's with one module, whose ids a test guesses into another series' addresses. */
export async function insertOtherTestSeries(db: Executor): Promise<{ seriesId: string; moduleId: string }> {
  const seriesId = randomUUID();
  const moduleId = randomUUID();
  await db.insert(seminarSeries).values({
    id: seriesId,
    slug: `andere-reihe-${seriesId.slice(0, 8)}`,
    title: 'Andere Reihe',
    summary: 'Eine andere Reihe.',
    aim: 'Etwas anderes.',
    audience: 'Alle',
    startYear: 2027,
    endYear: 2027,
    consentText: 'Einwilligung',
  });
  await db.insert(seminarModules).values({ id: moduleId, seriesId, position: 1, title: 'Anderes Modul' });
  return { seriesId, moduleId };
}
