import type { Messages } from '../i18n/index.ts';

type EntryTexts = Messages['retention']['entries'];
export type RetentionEntryId = keyof EntryTexts;

/**
 * One kind of personal data the platform keeps. Its texts come from the catalogue under the
 * same id; its period is built from the value the code that deletes uses, so the overview
 * cannot say something the code does not do.
 */
export interface RetentionEntry {
  id: RetentionEntryId;
  period(t: Messages): string;
}

export function retentionEntry<K extends RetentionEntryId>(id: K, period: (texts: EntryTexts[K]) => string): RetentionEntry {
  return { id, period: (t) => period(t.retention.entries[id]) };
}

export interface RetentionRow {
  id: RetentionEntryId;
  data: string;
  where: string;
  period: string;
  purpose: string;
}

export function retentionRows(entries: readonly RetentionEntry[], t: Messages): RetentionRow[] {
  return entries.map((entry) => {
    const texts = t.retention.entries[entry.id];
    return { id: entry.id, data: texts.data, where: texts.where, period: entry.period(t), purpose: texts.purpose };
  });
}
