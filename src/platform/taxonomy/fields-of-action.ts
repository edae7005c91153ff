import { asc } from 'drizzle-orm';
import type { Executor } from '../db/client.ts';
import { fieldsOfAction } from '../db/tables.ts';
import type { Locale } from '../i18n/index.ts';

export interface FieldOfAction {
  slug: string;
  nameDe: string;
  nameEn: string;
}

/** The shared fields of action in their display order. */
export async function listFieldsOfAction(db: Executor): Promise<FieldOfAction[]> {
  return db
    .select({ slug: fieldsOfAction.slug, nameDe: fieldsOfAction.nameDe, nameEn: fieldsOfAction.nameEn })
    .from(fieldsOfAction)
    .orderBy(asc(fieldsOfAction.position));
}

export function fieldName(field: FieldOfAction, locale: Locale): string {
  return locale === 'en' ? field.nameEn : field.nameDe;
}
