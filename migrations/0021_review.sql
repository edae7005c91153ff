CREATE TABLE "review_assignments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"process_key" text NOT NULL,
	"subject_id" uuid NOT NULL,
	"juror_id" uuid,
	"assigned_by" uuid,
	"assigned_at" timestamp with time zone DEFAULT now() NOT NULL,
	"conflict" text,
	"conflict_note" text DEFAULT '' NOT NULL,
	"declared_at" timestamp with time zone,
	CONSTRAINT "review_assignments_conflict_check" CHECK ("review_assignments"."conflict" is null or "review_assignments"."conflict" in ('none','declared'))
);
--> statement-breakpoint
CREATE TABLE "review_scores" (
	"assignment_id" uuid NOT NULL,
	"criterion_id" uuid NOT NULL,
	"score" integer,
	"comment" text DEFAULT '' NOT NULL,
	CONSTRAINT "review_scores_assignment_id_criterion_id_pk" PRIMARY KEY("assignment_id","criterion_id"),
	CONSTRAINT "review_scores_score_check" CHECK ("review_scores"."score" is null or "review_scores"."score" between 0 and 5)
);
--> statement-breakpoint
CREATE TABLE "reviews" (
	"assignment_id" uuid PRIMARY KEY NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"recommendation" text,
	"comment" text DEFAULT '' NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"submitted_at" timestamp with time zone,
	CONSTRAINT "reviews_status_check" CHECK ("reviews"."status" in ('draft','submitted')),
	CONSTRAINT "reviews_recommendation_check" CHECK ("reviews"."recommendation" is null or "reviews"."recommendation" in ('yes','maybe','no'))
);
--> statement-breakpoint
ALTER TABLE "review_assignments" ADD CONSTRAINT "review_assignments_juror_id_users_id_fk" FOREIGN KEY ("juror_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_assignments" ADD CONSTRAINT "review_assignments_assigned_by_users_id_fk" FOREIGN KEY ("assigned_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_scores" ADD CONSTRAINT "review_scores_assignment_id_review_assignments_id_fk" FOREIGN KEY ("assignment_id") REFERENCES "public"."review_assignments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reviews" ADD CONSTRAINT "reviews_assignment_id_review_assignments_id_fk" FOREIGN KEY ("assignment_id") REFERENCES "public"."review_assignments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "review_assignments_subject_juror_key" ON "review_assignments" USING btree ("subject_id","juror_id");--> statement-breakpoint
CREATE INDEX "review_assignments_process_juror_idx" ON "review_assignments" USING btree ("process_key","juror_id");