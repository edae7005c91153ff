CREATE TABLE "solution_adoptions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"solution_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"status" text DEFAULT 'requested' NOT NULL,
	"message" text DEFAULT '' NOT NULL,
	"answer" text DEFAULT '' NOT NULL,
	"requested_by" uuid,
	"answered_by" uuid,
	"requested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"answered_at" timestamp with time zone,
	"report_changes" text DEFAULT '' NOT NULL,
	"report_costs" text DEFAULT '' NOT NULL,
	"report_lessons" text DEFAULT '' NOT NULL,
	"reported_at" timestamp with time zone,
	"operating_since" date,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "solution_documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"solution_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"title" text NOT NULL,
	"file_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "solutions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"owner_organisation_id" uuid NOT NULL,
	"title" text NOT NULL,
	"summary" text NOT NULL,
	"problem" text NOT NULL,
	"approach" text NOT NULL,
	"fields_of_action" text[] DEFAULT '{}'::text[] NOT NULL,
	"suitable_types" text[] DEFAULT '{}'::text[] NOT NULL,
	"size_bands" text[] DEFAULT '{}'::text[] NOT NULL,
	"maturity" text NOT NULL,
	"cost_one_off_cents" bigint,
	"cost_yearly_cents" bigint,
	"effort_person_days" integer,
	"operator_model" text DEFAULT '' NOT NULL,
	"partners" text DEFAULT '' NOT NULL,
	"licence" text DEFAULT '' NOT NULL,
	"open_source" boolean DEFAULT false NOT NULL,
	"repository_url" text,
	"software_type" text,
	"data_used" text DEFAULT '' NOT NULL,
	"accessibility" text DEFAULT '' NOT NULL,
	"data_protection" text DEFAULT '' NOT NULL,
	"contact_name" text DEFAULT '' NOT NULL,
	"contact_email" text DEFAULT '' NOT NULL,
	"project_id" uuid,
	"picture_id" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_at" timestamp with time zone,
	CONSTRAINT "solutions_costs_check" CHECK (("solutions"."cost_one_off_cents" is null or "solutions"."cost_one_off_cents" between 0 and 100000000000) and ("solutions"."cost_yearly_cents" is null or "solutions"."cost_yearly_cents" between 0 and 100000000000) and ("solutions"."effort_person_days" is null or "solutions"."effort_person_days" between 0 and 100000))
);
--> statement-breakpoint
ALTER TABLE "solution_adoptions" ADD CONSTRAINT "solution_adoptions_solution_id_solutions_id_fk" FOREIGN KEY ("solution_id") REFERENCES "public"."solutions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "solution_adoptions" ADD CONSTRAINT "solution_adoptions_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "solution_adoptions" ADD CONSTRAINT "solution_adoptions_answered_by_users_id_fk" FOREIGN KEY ("answered_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "solution_documents" ADD CONSTRAINT "solution_documents_solution_id_solutions_id_fk" FOREIGN KEY ("solution_id") REFERENCES "public"."solutions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "solution_documents" ADD CONSTRAINT "solution_documents_file_id_stored_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."stored_files"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "solutions" ADD CONSTRAINT "solutions_picture_id_pictures_id_fk" FOREIGN KEY ("picture_id") REFERENCES "public"."pictures"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "solutions" ADD CONSTRAINT "solutions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "solution_adoptions_open_key" ON "solution_adoptions" USING btree ("solution_id","organisation_id") WHERE "solution_adoptions"."status" not in ('declined', 'abandoned');--> statement-breakpoint
CREATE INDEX "solution_adoptions_organisation_idx" ON "solution_adoptions" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "solution_documents_solution_idx" ON "solution_documents" USING btree ("solution_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "solutions_slug_key" ON "solutions" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "solutions_status_idx" ON "solutions" USING btree ("status","published_at");--> statement-breakpoint
CREATE INDEX "solutions_owner_idx" ON "solutions" USING btree ("owner_organisation_id");--> statement-breakpoint
CREATE INDEX "solutions_fields_idx" ON "solutions" USING gin ("fields_of_action");