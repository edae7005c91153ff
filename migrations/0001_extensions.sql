-- Trigram similarity for typo-tolerant search; PGlite loads the same extension in its options.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
