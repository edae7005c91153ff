CREATE TABLE "competition_milestones" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"title" text NOT NULL,
	"due_on" date NOT NULL,
	"reached_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "competition_payments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"amount_cents" bigint NOT NULL,
	"purpose" text NOT NULL,
	"status" text DEFAULT 'requested' NOT NULL,
	"note" text,
	"requested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"requested_by" uuid,
	"approved_at" timestamp with time zone,
	"paid_at" timestamp with time zone,
	"decided_by" uuid,
	CONSTRAINT "competition_payments_amount_check" CHECK ("competition_payments"."amount_cents" > 0),
	CONSTRAINT "competition_payments_paid_check" CHECK ("competition_payments"."status" <> 'paid' or ("competition_payments"."approved_at" is not null and "competition_payments"."paid_at" is not null))
);
--> statement-breakpoint
CREATE TABLE "competition_report_files" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"report_id" uuid NOT NULL,
	"title" text NOT NULL,
	"file_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "competition_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"title" text NOT NULL,
	"due_on" date NOT NULL,
	"status" text DEFAULT 'due' NOT NULL,
	"body" text DEFAULT '' NOT NULL,
	"submitted_at" timestamp with time zone,
	"submitted_by" uuid,
	"accepted_at" timestamp with time zone,
	"published_at" timestamp with time zone,
	"reminded_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "competition_reports_submitted_check" CHECK ("competition_reports"."status" = 'due' or "competition_reports"."submitted_at" is not null),
	CONSTRAINT "competition_reports_published_check" CHECK ("competition_reports"."published_at" is null or "competition_reports"."status" = 'accepted')
);
--> statement-breakpoint
ALTER TABLE "competition_applications" ADD COLUMN "awarded_cents" bigint;--> statement-breakpoint
ALTER TABLE "competition_applications" ADD COLUMN "decision_reason" text;--> statement-breakpoint
ALTER TABLE "competition_applications" ADD COLUMN "decided_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "competition_applications" ADD COLUMN "decided_by" uuid;--> statement-breakpoint
ALTER TABLE "competition_calls" ADD COLUMN "decisions_released_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "competition_projects" ADD COLUMN "application_id" uuid;--> statement-breakpoint
ALTER TABLE "competition_milestones" ADD CONSTRAINT "competition_milestones_project_id_competition_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."competition_projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competition_payments" ADD CONSTRAINT "competition_payments_project_id_competition_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."competition_projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competition_payments" ADD CONSTRAINT "competition_payments_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competition_payments" ADD CONSTRAINT "competition_payments_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competition_report_files" ADD CONSTRAINT "competition_report_files_report_id_competition_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."competition_reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competition_report_files" ADD CONSTRAINT "competition_report_files_file_id_stored_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."stored_files"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competition_reports" ADD CONSTRAINT "competition_reports_project_id_competition_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."competition_projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competition_reports" ADD CONSTRAINT "competition_reports_submitted_by_users_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "competition_milestones_project_idx" ON "competition_milestones" USING btree ("project_id","due_on");--> statement-breakpoint
CREATE INDEX "competition_payments_project_idx" ON "competition_payments" USING btree ("project_id","requested_at");--> statement-breakpoint
CREATE INDEX "competition_report_files_report_idx" ON "competition_report_files" USING btree ("report_id");--> statement-breakpoint
CREATE INDEX "competition_reports_project_idx" ON "competition_reports" USING btree ("project_id","due_on");--> statement-breakpoint
CREATE INDEX "competition_reports_due_idx" ON "competition_reports" USING btree ("status","due_on");--> statement-breakpoint
ALTER TABLE "competition_applications" ADD CONSTRAINT "competition_applications_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competition_projects" ADD CONSTRAINT "competition_projects_application_id_competition_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."competition_applications"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "competition_projects_application_key" ON "competition_projects" USING btree ("application_id");--> statement-breakpoint
ALTER TABLE "competition_applications" ADD CONSTRAINT "competition_applications_decision_check" CHECK (("competition_applications"."status" = 'awarded') = ("competition_applications"."awarded_cents" is not null) and ("competition_applications"."awarded_cents" is null or "competition_applications"."awarded_cents" > 0));