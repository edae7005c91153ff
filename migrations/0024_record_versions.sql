CREATE TABLE "record_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"record_key" text NOT NULL,
	"record_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"fields" jsonb NOT NULL,
	"saved_by" uuid,
	"saved_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "record_versions" ADD CONSTRAINT "record_versions_saved_by_users_id_fk" FOREIGN KEY ("saved_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "record_versions_record_number_key" ON "record_versions" USING btree ("record_key","record_id","number");--> statement-breakpoint
-- Hand-written: the knowledge items' versions move into the versions engine (decision 0019) before their table goes.
INSERT INTO "record_versions" ("id", "record_key", "record_id", "number", "fields", "saved_by", "saved_at")
SELECT "id", 'knowledge-item', "item_id", "number", jsonb_build_object('title', "title", 'summary', "summary", 'body', "body"), "saved_by", "saved_at" FROM "knowledge_versions";--> statement-breakpoint
DROP TABLE "knowledge_versions" CASCADE;
