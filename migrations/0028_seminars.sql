CREATE TABLE "seminar_attendance" (
	"module_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"checked_in_at" timestamp with time zone DEFAULT now() NOT NULL,
	"checked_in_by" uuid,
	CONSTRAINT "seminar_attendance_module_id_user_id_pk" PRIMARY KEY("module_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "seminar_feedback" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"module_id" uuid NOT NULL,
	"user_id" uuid,
	"rating" integer NOT NULL,
	"comment" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "seminar_feedback_rating" CHECK ("seminar_feedback"."rating" between 1 and 5)
);
--> statement-breakpoint
CREATE TABLE "seminar_materials" (
	"module_id" uuid NOT NULL,
	"knowledge_item_id" uuid NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "seminar_materials_module_id_knowledge_item_id_pk" PRIMARY KEY("module_id","knowledge_item_id")
);
--> statement-breakpoint
CREATE TABLE "seminar_modules" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"series_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"programme" text DEFAULT '' NOT NULL,
	"homework_step" text,
	"homework" text DEFAULT '' NOT NULL,
	"is_pilot" boolean DEFAULT false NOT NULL,
	"materials_public" boolean DEFAULT false NOT NULL,
	"seats" integer,
	"registration_deadline" timestamp with time zone,
	CONSTRAINT "seminar_modules_seats" CHECK ("seminar_modules"."seats" is null or "seminar_modules"."seats" > 0)
);
--> statement-breakpoint
CREATE TABLE "seminar_registrations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"series_id" uuid NOT NULL,
	"module_id" uuid,
	"scope" text NOT NULL,
	"user_id" uuid NOT NULL,
	"organisation_id" uuid,
	"function_statement" text DEFAULT '' NOT NULL,
	"status" text NOT NULL,
	"consent_text" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"confirmed_at" timestamp with time zone,
	"cancelled_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "seminar_series" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"title" text NOT NULL,
	"summary" text NOT NULL,
	"aim" text NOT NULL,
	"audience" text NOT NULL,
	"start_year" integer NOT NULL,
	"end_year" integer NOT NULL,
	"partners" text[] DEFAULT '{}'::text[] NOT NULL,
	"registration_mode" text DEFAULT 'series' NOT NULL,
	"seats" integer,
	"registration_deadline" timestamp with time zone,
	"required_function" text DEFAULT '' NOT NULL,
	"organisation_types" text[] DEFAULT '{}'::text[] NOT NULL,
	"consent_text" text NOT NULL,
	"retention_days" integer DEFAULT 365 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_at" timestamp with time zone,
	CONSTRAINT "seminar_series_years" CHECK ("seminar_series"."end_year" >= "seminar_series"."start_year"),
	CONSTRAINT "seminar_series_seats" CHECK ("seminar_series"."seats" is null or "seminar_series"."seats" > 0)
);
--> statement-breakpoint
CREATE TABLE "seminar_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"module_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"online" boolean DEFAULT false NOT NULL,
	"venue" text DEFAULT '' NOT NULL,
	"town" text DEFAULT '' NOT NULL,
	CONSTRAINT "seminar_sessions_order" CHECK ("seminar_sessions"."ends_at" > "seminar_sessions"."starts_at")
);
--> statement-breakpoint
ALTER TABLE "seminar_attendance" ADD CONSTRAINT "seminar_attendance_module_id_seminar_modules_id_fk" FOREIGN KEY ("module_id") REFERENCES "public"."seminar_modules"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "seminar_attendance" ADD CONSTRAINT "seminar_attendance_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "seminar_attendance" ADD CONSTRAINT "seminar_attendance_checked_in_by_users_id_fk" FOREIGN KEY ("checked_in_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "seminar_feedback" ADD CONSTRAINT "seminar_feedback_module_id_seminar_modules_id_fk" FOREIGN KEY ("module_id") REFERENCES "public"."seminar_modules"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "seminar_feedback" ADD CONSTRAINT "seminar_feedback_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "seminar_materials" ADD CONSTRAINT "seminar_materials_module_id_seminar_modules_id_fk" FOREIGN KEY ("module_id") REFERENCES "public"."seminar_modules"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "seminar_modules" ADD CONSTRAINT "seminar_modules_series_id_seminar_series_id_fk" FOREIGN KEY ("series_id") REFERENCES "public"."seminar_series"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "seminar_registrations" ADD CONSTRAINT "seminar_registrations_series_id_seminar_series_id_fk" FOREIGN KEY ("series_id") REFERENCES "public"."seminar_series"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "seminar_registrations" ADD CONSTRAINT "seminar_registrations_module_id_seminar_modules_id_fk" FOREIGN KEY ("module_id") REFERENCES "public"."seminar_modules"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "seminar_registrations" ADD CONSTRAINT "seminar_registrations_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "seminar_series" ADD CONSTRAINT "seminar_series_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "seminar_sessions" ADD CONSTRAINT "seminar_sessions_module_id_seminar_modules_id_fk" FOREIGN KEY ("module_id") REFERENCES "public"."seminar_modules"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "seminar_feedback_person_key" ON "seminar_feedback" USING btree ("module_id","user_id");--> statement-breakpoint
CREATE INDEX "seminar_modules_series_idx" ON "seminar_modules" USING btree ("series_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "seminar_registrations_live_key" ON "seminar_registrations" USING btree ("scope","user_id") WHERE "seminar_registrations"."status" <> 'cancelled';--> statement-breakpoint
CREATE INDEX "seminar_registrations_series_idx" ON "seminar_registrations" USING btree ("series_id","status","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "seminar_series_slug_key" ON "seminar_series" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "seminar_sessions_module_idx" ON "seminar_sessions" USING btree ("module_id","starts_at");