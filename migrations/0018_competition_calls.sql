CREATE TABLE "competition_calls" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"title" text NOT NULL,
	"summary" text NOT NULL,
	"description" text NOT NULL,
	"eligible_types" text[] NOT NULL,
	"ags_prefix" text,
	"population_min" integer,
	"population_max" integer,
	"joint_applications" boolean DEFAULT true NOT NULL,
	"opens_at" timestamp with time zone NOT NULL,
	"closes_at" timestamp with time zone NOT NULL,
	"max_amount_cents" bigint NOT NULL,
	"total_budget_cents" bigint NOT NULL,
	"own_share_percent" integer NOT NULL,
	"funding_start" date NOT NULL,
	"funding_end" date NOT NULL,
	"blind_review" boolean DEFAULT false NOT NULL,
	"fields_of_action" text[] DEFAULT '{}'::text[] NOT NULL,
	"contact" text DEFAULT '' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_at" timestamp with time zone,
	CONSTRAINT "competition_calls_period_check" CHECK ("competition_calls"."closes_at" > "competition_calls"."opens_at" and "competition_calls"."funding_end" > "competition_calls"."funding_start"),
	CONSTRAINT "competition_calls_amounts_check" CHECK ("competition_calls"."max_amount_cents" > 0 and "competition_calls"."max_amount_cents" <= "competition_calls"."total_budget_cents" and "competition_calls"."own_share_percent" between 0 and 100),
	CONSTRAINT "competition_calls_population_check" CHECK (("competition_calls"."population_min" is null or "competition_calls"."population_min" >= 0) and ("competition_calls"."population_min" is null or "competition_calls"."population_max" is null or "competition_calls"."population_min" <= "competition_calls"."population_max")),
	CONSTRAINT "competition_calls_types_check" CHECK (cardinality("competition_calls"."eligible_types") > 0)
);
--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "population" integer;--> statement-breakpoint
ALTER TABLE "competition_calls" ADD CONSTRAINT "competition_calls_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "competition_calls_slug_key" ON "competition_calls" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "competition_calls_status_closes_idx" ON "competition_calls" USING btree ("status","closes_at");--> statement-breakpoint
ALTER TABLE "organisations" ADD CONSTRAINT "organisations_population_check" CHECK ("organisations"."population" is null or "organisations"."population" >= 0);