CREATE TABLE "competition_answers" (
	"application_id" uuid NOT NULL,
	"question_id" uuid NOT NULL,
	"value" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "competition_answers_application_id_question_id_pk" PRIMARY KEY("application_id","question_id")
);
--> statement-breakpoint
CREATE TABLE "competition_applications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"call_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"organisation_name" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"title" text DEFAULT '' NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"reference" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"submitted_at" timestamp with time zone,
	"submitted_by" uuid,
	"receipt_file_id" uuid,
	"withdrawn_at" timestamp with time zone,
	"screening_note" text,
	"applicant_reply" text,
	"screened_at" timestamp with time zone,
	CONSTRAINT "competition_applications_submitted_check" CHECK ("competition_applications"."status" = 'draft' or ("competition_applications"."reference" is not null and "competition_applications"."submitted_at" is not null))
);
--> statement-breakpoint
CREATE TABLE "competition_attachments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"file_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "competition_budget_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"category" text NOT NULL,
	"year" integer NOT NULL,
	"description" text NOT NULL,
	"amount_cents" bigint NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "competition_budget_items_amount_check" CHECK ("competition_budget_items"."amount_cents" > 0)
);
--> statement-breakpoint
CREATE TABLE "competition_co_applicants" (
	"application_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"organisation_name" text NOT NULL,
	"part" text NOT NULL,
	"status" text DEFAULT 'invited' NOT NULL,
	"invited_at" timestamp with time zone DEFAULT now() NOT NULL,
	"answered_at" timestamp with time zone,
	"answered_by" uuid,
	CONSTRAINT "competition_co_applicants_application_id_organisation_id_pk" PRIMARY KEY("application_id","organisation_id")
);
--> statement-breakpoint
CREATE TABLE "competition_call_documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"call_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"title" text NOT NULL,
	"file_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "competition_criteria" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"call_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"weight" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "competition_criteria_weight_check" CHECK ("competition_criteria"."weight" between 1 and 100)
);
--> statement-breakpoint
CREATE TABLE "competition_form_sections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"call_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"title" text NOT NULL,
	"intro" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "competition_questions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"section_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"kind" text NOT NULL,
	"label" text NOT NULL,
	"help" text DEFAULT '' NOT NULL,
	"required" boolean DEFAULT true NOT NULL,
	"max_length" integer,
	"options" text[] DEFAULT '{}'::text[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "competition_questions_max_length_check" CHECK ("competition_questions"."max_length" is null or "competition_questions"."max_length" between 1 and 20000),
	CONSTRAINT "competition_questions_options_check" CHECK ("competition_questions"."kind" <> 'choice' or cardinality("competition_questions"."options") >= 2)
);
--> statement-breakpoint
ALTER TABLE "competition_answers" ADD CONSTRAINT "competition_answers_application_id_competition_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."competition_applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competition_answers" ADD CONSTRAINT "competition_answers_question_id_competition_questions_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."competition_questions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competition_applications" ADD CONSTRAINT "competition_applications_call_id_competition_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."competition_calls"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competition_applications" ADD CONSTRAINT "competition_applications_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competition_applications" ADD CONSTRAINT "competition_applications_submitted_by_users_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competition_applications" ADD CONSTRAINT "competition_applications_receipt_file_id_stored_files_id_fk" FOREIGN KEY ("receipt_file_id") REFERENCES "public"."stored_files"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competition_attachments" ADD CONSTRAINT "competition_attachments_application_id_competition_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."competition_applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competition_attachments" ADD CONSTRAINT "competition_attachments_file_id_stored_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."stored_files"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competition_budget_items" ADD CONSTRAINT "competition_budget_items_application_id_competition_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."competition_applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competition_co_applicants" ADD CONSTRAINT "competition_co_applicants_application_id_competition_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."competition_applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competition_co_applicants" ADD CONSTRAINT "competition_co_applicants_answered_by_users_id_fk" FOREIGN KEY ("answered_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competition_call_documents" ADD CONSTRAINT "competition_call_documents_call_id_competition_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."competition_calls"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competition_call_documents" ADD CONSTRAINT "competition_call_documents_file_id_stored_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."stored_files"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competition_criteria" ADD CONSTRAINT "competition_criteria_call_id_competition_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."competition_calls"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competition_form_sections" ADD CONSTRAINT "competition_form_sections_call_id_competition_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."competition_calls"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competition_questions" ADD CONSTRAINT "competition_questions_section_id_competition_form_sections_id_fk" FOREIGN KEY ("section_id") REFERENCES "public"."competition_form_sections"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "competition_applications_reference_key" ON "competition_applications" USING btree ("reference");--> statement-breakpoint
CREATE UNIQUE INDEX "competition_applications_one_per_call_key" ON "competition_applications" USING btree ("call_id","organisation_id") WHERE "competition_applications"."status" <> 'withdrawn';--> statement-breakpoint
CREATE INDEX "competition_applications_call_status_idx" ON "competition_applications" USING btree ("call_id","status");--> statement-breakpoint
CREATE INDEX "competition_applications_organisation_idx" ON "competition_applications" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "competition_attachments_application_idx" ON "competition_attachments" USING btree ("application_id");--> statement-breakpoint
CREATE INDEX "competition_budget_items_application_idx" ON "competition_budget_items" USING btree ("application_id");--> statement-breakpoint
CREATE INDEX "competition_co_applicants_organisation_idx" ON "competition_co_applicants" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "competition_call_documents_call_idx" ON "competition_call_documents" USING btree ("call_id","position");--> statement-breakpoint
CREATE INDEX "competition_criteria_call_idx" ON "competition_criteria" USING btree ("call_id","position");--> statement-breakpoint
CREATE INDEX "competition_form_sections_call_idx" ON "competition_form_sections" USING btree ("call_id","position");--> statement-breakpoint
CREATE INDEX "competition_questions_section_idx" ON "competition_questions" USING btree ("section_id","position");