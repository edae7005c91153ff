CREATE TABLE "strategies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"vision" text DEFAULT '' NOT NULL,
	"fields_of_action" text[] DEFAULT '{}'::text[] NOT NULL,
	"published_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "strategies_status_check" CHECK ("strategies"."status" in ('draft','published')),
	CONSTRAINT "strategies_vision_length_check" CHECK (char_length("strategies"."vision") <= 20000)
);
--> statement-breakpoint
CREATE TABLE "strategy_actors" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"strategy_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"name" text NOT NULL,
	"involvement" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "strategy_answers" (
	"strategy_id" uuid NOT NULL,
	"question_id" uuid NOT NULL,
	"level" integer NOT NULL,
	"answered_by" uuid,
	"answered_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "strategy_answers_strategy_id_question_id_pk" PRIMARY KEY("strategy_id","question_id"),
	CONSTRAINT "strategy_answers_level_check" CHECK ("strategy_answers"."level" >= 1)
);
--> statement-breakpoint
CREATE TABLE "strategy_comments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"strategy_id" uuid NOT NULL,
	"step" text NOT NULL,
	"author_id" uuid,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"resolved_at" timestamp with time zone,
	"resolved_by" uuid
);
--> statement-breakpoint
CREATE TABLE "strategy_dimensions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"position" integer NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"knowledge_tags" text[] DEFAULT '{}'::text[] NOT NULL,
	"archived_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "strategy_goals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"strategy_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "strategy_measure_knowledge" (
	"measure_id" uuid NOT NULL,
	"item_id" uuid NOT NULL,
	CONSTRAINT "strategy_measure_knowledge_measure_id_item_id_pk" PRIMARY KEY("measure_id","item_id")
);
--> statement-breakpoint
CREATE TABLE "strategy_measure_solutions" (
	"measure_id" uuid NOT NULL,
	"solution_id" uuid NOT NULL,
	CONSTRAINT "strategy_measure_solutions_measure_id_solution_id_pk" PRIMARY KEY("measure_id","solution_id")
);
--> statement-breakpoint
CREATE TABLE "strategy_measure_updates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"measure_id" uuid NOT NULL,
	"status" text NOT NULL,
	"value" numeric(14, 2),
	"note" text DEFAULT '' NOT NULL,
	"author_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "strategy_measures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"strategy_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"title" text NOT NULL,
	"goal" text DEFAULT '' NOT NULL,
	"citizen_benefit" text DEFAULT '' NOT NULL,
	"lead_unit" text DEFAULT '' NOT NULL,
	"partners" text DEFAULT '' NOT NULL,
	"funding_source" text DEFAULT 'own' NOT NULL,
	"funded_project_id" uuid,
	"funding_note" text DEFAULT '' NOT NULL,
	"priority" text DEFAULT 'medium' NOT NULL,
	"starts_on" date,
	"ends_on" date,
	"indicator" text DEFAULT '' NOT NULL,
	"target_value" numeric(14, 2),
	"baseline_value" numeric(14, 2),
	"unit" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'planned' NOT NULL,
	"fields_of_action" text[] DEFAULT '{}'::text[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "strategy_measures_status_check" CHECK ("strategy_measures"."status" in ('planned','on_track','at_risk','delayed','done')),
	CONSTRAINT "strategy_measures_dates_check" CHECK ("strategy_measures"."ends_on" is null or "strategy_measures"."starts_on" is null or "strategy_measures"."ends_on" >= "strategy_measures"."starts_on")
);
--> statement-breakpoint
CREATE TABLE "strategy_participation" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"strategy_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"format" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"starts_at" timestamp with time zone,
	"event_id" uuid
);
--> statement-breakpoint
CREATE TABLE "strategy_questions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"dimension_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"text" text NOT NULL,
	"help" text DEFAULT '' NOT NULL,
	"levels" text[] NOT NULL,
	"archived_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "strategy_questions_levels_check" CHECK (cardinality("strategy_questions"."levels") between 2 and 7)
);
--> statement-breakpoint
ALTER TABLE "strategy_actors" ADD CONSTRAINT "strategy_actors_strategy_id_strategies_id_fk" FOREIGN KEY ("strategy_id") REFERENCES "public"."strategies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "strategy_answers" ADD CONSTRAINT "strategy_answers_strategy_id_strategies_id_fk" FOREIGN KEY ("strategy_id") REFERENCES "public"."strategies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "strategy_answers" ADD CONSTRAINT "strategy_answers_question_id_strategy_questions_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."strategy_questions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "strategy_answers" ADD CONSTRAINT "strategy_answers_answered_by_users_id_fk" FOREIGN KEY ("answered_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "strategy_comments" ADD CONSTRAINT "strategy_comments_strategy_id_strategies_id_fk" FOREIGN KEY ("strategy_id") REFERENCES "public"."strategies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "strategy_comments" ADD CONSTRAINT "strategy_comments_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "strategy_comments" ADD CONSTRAINT "strategy_comments_resolved_by_users_id_fk" FOREIGN KEY ("resolved_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "strategy_goals" ADD CONSTRAINT "strategy_goals_strategy_id_strategies_id_fk" FOREIGN KEY ("strategy_id") REFERENCES "public"."strategies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "strategy_measure_knowledge" ADD CONSTRAINT "strategy_measure_knowledge_measure_id_strategy_measures_id_fk" FOREIGN KEY ("measure_id") REFERENCES "public"."strategy_measures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "strategy_measure_solutions" ADD CONSTRAINT "strategy_measure_solutions_measure_id_strategy_measures_id_fk" FOREIGN KEY ("measure_id") REFERENCES "public"."strategy_measures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "strategy_measure_updates" ADD CONSTRAINT "strategy_measure_updates_measure_id_strategy_measures_id_fk" FOREIGN KEY ("measure_id") REFERENCES "public"."strategy_measures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "strategy_measure_updates" ADD CONSTRAINT "strategy_measure_updates_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "strategy_measures" ADD CONSTRAINT "strategy_measures_strategy_id_strategies_id_fk" FOREIGN KEY ("strategy_id") REFERENCES "public"."strategies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "strategy_participation" ADD CONSTRAINT "strategy_participation_strategy_id_strategies_id_fk" FOREIGN KEY ("strategy_id") REFERENCES "public"."strategies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "strategy_questions" ADD CONSTRAINT "strategy_questions_dimension_id_strategy_dimensions_id_fk" FOREIGN KEY ("dimension_id") REFERENCES "public"."strategy_dimensions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "strategies_organisation_key" ON "strategies" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "strategy_actors_strategy_idx" ON "strategy_actors" USING btree ("strategy_id","position");--> statement-breakpoint
CREATE INDEX "strategy_comments_strategy_idx" ON "strategy_comments" USING btree ("strategy_id","step","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "strategy_dimensions_slug_key" ON "strategy_dimensions" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "strategy_goals_strategy_idx" ON "strategy_goals" USING btree ("strategy_id","position");--> statement-breakpoint
CREATE INDEX "strategy_measure_updates_measure_idx" ON "strategy_measure_updates" USING btree ("measure_id","created_at");--> statement-breakpoint
CREATE INDEX "strategy_measures_strategy_idx" ON "strategy_measures" USING btree ("strategy_id","position");--> statement-breakpoint
CREATE INDEX "strategy_participation_strategy_idx" ON "strategy_participation" USING btree ("strategy_id","position");--> statement-breakpoint
CREATE INDEX "strategy_questions_dimension_idx" ON "strategy_questions" USING btree ("dimension_id","position");