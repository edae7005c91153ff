import { eq } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.ts';
import { consents } from '../../platform/db/tables.ts';

export async function insertConsent(db: Executor, consent: { userId: string; purpose: string; textVersion: string; text: string }): Promise<void> {
  await db.insert(consents).values(consent);
}

export async function listConsents(db: Executor, userId: string) {
  return db
    .select({ purpose: consents.purpose, textVersion: consents.textVersion, text: consents.text, givenAt: consents.givenAt })
    .from(consents)
    .where(eq(consents.userId, userId));
}

export async function deleteConsents(db: Executor, userId: string): Promise<void> {
  await db.delete(consents).where(eq(consents.userId, userId));
}
