CREATE TABLE "challenge_criteria" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"challenge_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"weight" integer NOT NULL,
	CONSTRAINT "challenge_criteria_weight_check" CHECK ("challenge_criteria"."weight" between 1 and 100)
);
--> statement-breakpoint
CREATE TABLE "challenge_questions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"challenge_id" uuid NOT NULL,
	"asked_by" uuid,
	"question" text NOT NULL,
	"asked_at" timestamp with time zone DEFAULT now() NOT NULL,
	"answer" text,
	"answered_by" uuid,
	"answered_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "challenge_submission_files" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"submission_id" uuid NOT NULL,
	"file_id" uuid NOT NULL,
	"title" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "challenge_submissions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"challenge_id" uuid NOT NULL,
	"submitter_id" uuid,
	"organisation_id" uuid,
	"team_key" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"title" text NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"team" text DEFAULT '' NOT NULL,
	"references" text DEFAULT '' NOT NULL,
	"costs" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"submitted_at" timestamp with time zone,
	"withdrawn_at" timestamp with time zone,
	"winner" boolean DEFAULT false NOT NULL,
	"award_note" text DEFAULT '' NOT NULL,
	"solution_id" uuid,
	CONSTRAINT "challenge_submissions_status_check" CHECK ("challenge_submissions"."status" in ('draft','submitted','withdrawn'))
);
--> statement-breakpoint
CREATE TABLE "challenges" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"organisation_id" uuid NOT NULL,
	"title" text NOT NULL,
	"summary" text NOT NULL,
	"problem" text NOT NULL,
	"context" text DEFAULT '' NOT NULL,
	"affected" text DEFAULT '' NOT NULL,
	"data_available" text DEFAULT '' NOT NULL,
	"constraints" text DEFAULT '' NOT NULL,
	"success" text DEFAULT '' NOT NULL,
	"prize" text NOT NULL,
	"eligibility" text DEFAULT 'both' NOT NULL,
	"fields_of_action" text[] DEFAULT '{}'::text[] NOT NULL,
	"blind_review" boolean DEFAULT false NOT NULL,
	"questions_until" timestamp with time zone NOT NULL,
	"submission_opens_at" timestamp with time zone NOT NULL,
	"submission_closes_at" timestamp with time zone NOT NULL,
	"jury_until" timestamp with time zone NOT NULL,
	"announcement_at" timestamp with time zone NOT NULL,
	"contact" text DEFAULT '' NOT NULL,
	"review_note" text DEFAULT '' NOT NULL,
	"retention_days" integer DEFAULT 365 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_for_review_at" timestamp with time zone,
	"approved_by" uuid,
	"published_at" timestamp with time zone,
	"decided_at" timestamp with time zone,
	CONSTRAINT "challenges_timeline_check" CHECK ("challenges"."submission_closes_at" > "challenges"."submission_opens_at" and "challenges"."questions_until" <= "challenges"."submission_closes_at" and "challenges"."jury_until" > "challenges"."submission_closes_at" and "challenges"."announcement_at" >= "challenges"."jury_until"),
	CONSTRAINT "challenges_eligibility_check" CHECK ("challenges"."eligibility" in ('organisations','people','both')),
	CONSTRAINT "challenges_retention_check" CHECK ("challenges"."retention_days" between 30 and 3650)
);
--> statement-breakpoint
ALTER TABLE "challenge_criteria" ADD CONSTRAINT "challenge_criteria_challenge_id_challenges_id_fk" FOREIGN KEY ("challenge_id") REFERENCES "public"."challenges"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "challenge_questions" ADD CONSTRAINT "challenge_questions_challenge_id_challenges_id_fk" FOREIGN KEY ("challenge_id") REFERENCES "public"."challenges"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "challenge_questions" ADD CONSTRAINT "challenge_questions_asked_by_users_id_fk" FOREIGN KEY ("asked_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "challenge_questions" ADD CONSTRAINT "challenge_questions_answered_by_users_id_fk" FOREIGN KEY ("answered_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "challenge_submission_files" ADD CONSTRAINT "challenge_submission_files_submission_id_challenge_submissions_id_fk" FOREIGN KEY ("submission_id") REFERENCES "public"."challenge_submissions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "challenge_submission_files" ADD CONSTRAINT "challenge_submission_files_file_id_stored_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."stored_files"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "challenge_submissions" ADD CONSTRAINT "challenge_submissions_challenge_id_challenges_id_fk" FOREIGN KEY ("challenge_id") REFERENCES "public"."challenges"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "challenge_submissions" ADD CONSTRAINT "challenge_submissions_submitter_id_users_id_fk" FOREIGN KEY ("submitter_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "challenges" ADD CONSTRAINT "challenges_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "challenges" ADD CONSTRAINT "challenges_approved_by_users_id_fk" FOREIGN KEY ("approved_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "challenge_criteria_challenge_idx" ON "challenge_criteria" USING btree ("challenge_id","position");--> statement-breakpoint
CREATE INDEX "challenge_questions_challenge_idx" ON "challenge_questions" USING btree ("challenge_id","asked_at");--> statement-breakpoint
CREATE INDEX "challenge_submission_files_submission_idx" ON "challenge_submission_files" USING btree ("submission_id");--> statement-breakpoint
CREATE UNIQUE INDEX "challenge_submissions_team_key" ON "challenge_submissions" USING btree ("challenge_id","team_key") WHERE "challenge_submissions"."status" <> 'withdrawn';--> statement-breakpoint
CREATE INDEX "challenge_submissions_challenge_idx" ON "challenge_submissions" USING btree ("challenge_id","status");--> statement-breakpoint
CREATE INDEX "challenge_submissions_submitter_idx" ON "challenge_submissions" USING btree ("submitter_id");--> statement-breakpoint
CREATE UNIQUE INDEX "challenges_slug_key" ON "challenges" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "challenges_status_idx" ON "challenges" USING btree ("status","submission_closes_at");--> statement-breakpoint
CREATE INDEX "challenges_organisation_idx" ON "challenges" USING btree ("organisation_id");