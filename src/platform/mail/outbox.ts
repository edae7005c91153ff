import fs from 'node:fs/promises';
import path from 'node:path';

/** Where the development transport writes each mail as an .eml file. */
export function outboxDir(dataDir: string): string {
  return path.join(dataDir, 'outbox');
}

/**
 * The outbox holds whole mails with their recipients; it is for looking at mail during
 * development, not an archive. Only .eml files are touched: the folder may be shared.
 */
export async function deleteOutboxFilesBefore(dir: string, before: Date): Promise<void> {
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  for (const name of names.filter((n) => n.endsWith('.eml'))) {
    const file = path.join(dir, name);
    const stat = await fs.stat(file).catch(() => undefined);
    if (stat?.isFile() && stat.mtime < before) await fs.rm(file, { force: true });
  }
}
