CREATE TABLE "search_words" (
	"word" text PRIMARY KEY NOT NULL
);
--> statement-breakpoint
CREATE INDEX "search_words_trgm_idx" ON "search_words" USING gin ("word" gin_trgm_ops);--> statement-breakpoint
INSERT INTO "search_words" ("word")
SELECT DISTINCT w FROM "search_documents", regexp_split_to_table(lower("title" || ' ' || "summary"), '[^[:alnum:]äöüßÄÖÜ]+') AS w
WHERE char_length(w) BETWEEN 3 AND 40
ON CONFLICT DO NOTHING;
