import { defineConfig } from 'drizzle-kit';

// Every feature keeps its tables in its own tables.ts (core/tables.ts in a feature split into
// sub-areas); drizzle-kit reads them all
// and writes one forward-only migration history shared by PGlite and PostgreSQL.
export default defineConfig({
  dialect: 'postgresql',
  schema: [
    './src/platform/db/tables.ts',
    './src/platform/search/tables.ts',
    './src/platform/files/tables.ts',
    './src/platform/pictures/tables.ts',
    './src/features/*/tables.ts',
    './src/features/*/core/tables.ts',
  ],
  out: './migrations',
});
