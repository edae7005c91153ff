// drizzle-kit reads a feature's tables from core/tables.ts; the competition keeps them in one
// file per part and names them all here.
export * from './application-tables.ts';
export * from './call-tables.ts';
export * from './form-tables.ts';
export * from './project-tables.ts';
