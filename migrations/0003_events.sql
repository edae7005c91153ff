CREATE TABLE "fields_of_action" (
	"slug" text PRIMARY KEY NOT NULL,
	"name_de" text NOT NULL,
	"name_en" text NOT NULL,
	"position" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "event_dates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"online" boolean DEFAULT false NOT NULL,
	"place_name" text,
	"street" text,
	"postcode" text,
	"town" text,
	"stream_url" text,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"doors_open_at" timestamp with time zone,
	"registration_deadline" timestamp with time zone NOT NULL,
	"seats" integer NOT NULL,
	"confirmed_count" integer DEFAULT 0 NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"cancelled_at" timestamp with time zone,
	"anonymised_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "event_dates_seats_check" CHECK ("event_dates"."seats" >= 0 and "event_dates"."confirmed_count" >= 0 and "event_dates"."confirmed_count" <= "event_dates"."seats")
);
--> statement-breakpoint
CREATE TABLE "event_messages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"date_id" uuid NOT NULL,
	"subject" text NOT NULL,
	"body" text NOT NULL,
	"recipient_count" integer NOT NULL,
	"sent_by" uuid,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "event_questions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"label" text NOT NULL,
	"hint" text DEFAULT '' NOT NULL,
	"kind" text NOT NULL,
	"options" text[] DEFAULT '{}'::text[] NOT NULL,
	"required" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"title" text NOT NULL,
	"summary" text NOT NULL,
	"organiser" text NOT NULL,
	"description" text NOT NULL,
	"audience" text DEFAULT '' NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"procedure" text DEFAULT '' NOT NULL,
	"media_notice" text DEFAULT '' NOT NULL,
	"contact" text DEFAULT '' NOT NULL,
	"consent_text" text NOT NULL,
	"consent_version" integer DEFAULT 1 NOT NULL,
	"fields_of_action" text[] DEFAULT '{}'::text[] NOT NULL,
	"retention_days" integer DEFAULT 90 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "event_programme_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"time" text NOT NULL,
	"title" text NOT NULL,
	"speaker" text DEFAULT '' NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"only_date_id" uuid
);
--> statement-breakpoint
CREATE TABLE "event_programme_variations" (
	"item_id" uuid NOT NULL,
	"date_id" uuid NOT NULL,
	"speaker" text NOT NULL,
	CONSTRAINT "event_programme_variations_item_id_date_id_pk" PRIMARY KEY("item_id","date_id")
);
--> statement-breakpoint
CREATE TABLE "event_registrations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"date_id" uuid NOT NULL,
	"reference" text NOT NULL,
	"status" text NOT NULL,
	"queue_number" bigserial NOT NULL,
	"salutation" text,
	"first_name" text NOT NULL,
	"last_name" text NOT NULL,
	"email" text NOT NULL,
	"organisation" text NOT NULL,
	"role" text NOT NULL,
	"answers" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"accessibility_needs" text,
	"world_cafe_question_id" uuid,
	"consent_text" text NOT NULL,
	"consent_version" integer NOT NULL,
	"consented_at" timestamp with time zone NOT NULL,
	"user_id" uuid,
	"submission_nonce" text NOT NULL,
	"manage_token_hash" text NOT NULL,
	"offer_expires_at" timestamp with time zone,
	"checked_in_at" timestamp with time zone,
	"cancelled_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"anonymised_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "event_world_cafe_contributions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"question_id" uuid NOT NULL,
	"user_id" uuid,
	"author_name" text NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "event_world_cafe_questions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"question" text NOT NULL,
	"result" text,
	"result_published_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "event_dates" ADD CONSTRAINT "event_dates_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_messages" ADD CONSTRAINT "event_messages_date_id_event_dates_id_fk" FOREIGN KEY ("date_id") REFERENCES "public"."event_dates"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_messages" ADD CONSTRAINT "event_messages_sent_by_users_id_fk" FOREIGN KEY ("sent_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_questions" ADD CONSTRAINT "event_questions_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_programme_items" ADD CONSTRAINT "event_programme_items_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_programme_items" ADD CONSTRAINT "event_programme_items_only_date_id_event_dates_id_fk" FOREIGN KEY ("only_date_id") REFERENCES "public"."event_dates"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_programme_variations" ADD CONSTRAINT "event_programme_variations_item_id_event_programme_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."event_programme_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_programme_variations" ADD CONSTRAINT "event_programme_variations_date_id_event_dates_id_fk" FOREIGN KEY ("date_id") REFERENCES "public"."event_dates"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_registrations" ADD CONSTRAINT "event_registrations_date_id_event_dates_id_fk" FOREIGN KEY ("date_id") REFERENCES "public"."event_dates"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_registrations" ADD CONSTRAINT "event_registrations_world_cafe_question_id_event_world_cafe_questions_id_fk" FOREIGN KEY ("world_cafe_question_id") REFERENCES "public"."event_world_cafe_questions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_registrations" ADD CONSTRAINT "event_registrations_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_registrations" ADD CONSTRAINT "event_registrations_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_world_cafe_contributions" ADD CONSTRAINT "event_world_cafe_contributions_question_id_event_world_cafe_questions_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."event_world_cafe_questions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_world_cafe_contributions" ADD CONSTRAINT "event_world_cafe_contributions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_world_cafe_questions" ADD CONSTRAINT "event_world_cafe_questions_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "event_dates_event_idx" ON "event_dates" USING btree ("event_id");--> statement-breakpoint
CREATE INDEX "event_dates_starts_idx" ON "event_dates" USING btree ("starts_at");--> statement-breakpoint
CREATE INDEX "event_messages_date_idx" ON "event_messages" USING btree ("date_id");--> statement-breakpoint
CREATE INDEX "event_questions_event_idx" ON "event_questions" USING btree ("event_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "events_slug_key" ON "events" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "events_status_idx" ON "events" USING btree ("status");--> statement-breakpoint
CREATE INDEX "event_programme_items_event_idx" ON "event_programme_items" USING btree ("event_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "event_registrations_reference_key" ON "event_registrations" USING btree ("reference");--> statement-breakpoint
CREATE UNIQUE INDEX "event_registrations_nonce_key" ON "event_registrations" USING btree ("submission_nonce");--> statement-breakpoint
CREATE UNIQUE INDEX "event_registrations_manage_key" ON "event_registrations" USING btree ("manage_token_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "event_registrations_email_per_date_key" ON "event_registrations" USING btree ("date_id","email") WHERE "event_registrations"."status" <> 'cancelled' and "event_registrations"."anonymised_at" is null;--> statement-breakpoint
CREATE INDEX "event_registrations_date_status_idx" ON "event_registrations" USING btree ("date_id","status","queue_number");--> statement-breakpoint
CREATE INDEX "event_world_cafe_contributions_question_idx" ON "event_world_cafe_contributions" USING btree ("question_id");--> statement-breakpoint
CREATE INDEX "event_world_cafe_questions_event_idx" ON "event_world_cafe_questions" USING btree ("event_id","position");