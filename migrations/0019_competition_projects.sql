CREATE TABLE "competition_projects" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"call_id" uuid NOT NULL,
	"slug" text NOT NULL,
	"municipality" text NOT NULL,
	"organisation_id" uuid,
	"title" text NOT NULL,
	"summary" text NOT NULL,
	"description" text NOT NULL,
	"fields_of_action" text[] DEFAULT '{}'::text[] NOT NULL,
	"amount_cents" bigint NOT NULL,
	"status" text DEFAULT 'running' NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "competition_projects_amount_check" CHECK ("competition_projects"."amount_cents" > 0),
	CONSTRAINT "competition_projects_period_check" CHECK ("competition_projects"."ends_on" > "competition_projects"."starts_on")
);
--> statement-breakpoint
ALTER TABLE "competition_projects" ADD CONSTRAINT "competition_projects_call_id_competition_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."competition_calls"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "competition_projects_slug_key" ON "competition_projects" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "competition_projects_call_idx" ON "competition_projects" USING btree ("call_id");