CREATE TABLE "network_digest_runs" (
	"user_id" uuid NOT NULL,
	"frequency" text NOT NULL,
	"period" text NOT NULL,
	"items" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "network_digest_runs_user_id_frequency_period_pk" PRIMARY KEY("user_id","frequency","period")
);
--> statement-breakpoint
CREATE TABLE "network_group_events" (
	"group_id" uuid NOT NULL,
	"event_id" uuid NOT NULL,
	"added_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "network_group_events_group_id_event_id_pk" PRIMARY KEY("group_id","event_id")
);
--> statement-breakpoint
CREATE TABLE "network_group_files" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"group_id" uuid NOT NULL,
	"file_id" uuid NOT NULL,
	"title" text NOT NULL,
	"position" integer NOT NULL,
	"uploaded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "network_group_members" (
	"group_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"role" text DEFAULT 'member' NOT NULL,
	"status" text NOT NULL,
	"request_message" text DEFAULT '' NOT NULL,
	"invited_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"joined_at" timestamp with time zone,
	CONSTRAINT "network_group_members_group_id_user_id_pk" PRIMARY KEY("group_id","user_id"),
	CONSTRAINT "network_group_members_role_check" CHECK ("network_group_members"."role" in ('owner','moderator','member')),
	CONSTRAINT "network_group_members_status_check" CHECK ("network_group_members"."status" in ('requested','invited','active'))
);
--> statement-breakpoint
CREATE TABLE "network_groups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"summary" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"pinned_info" text DEFAULT '' NOT NULL,
	"visibility" text NOT NULL,
	"join_policy" text NOT NULL,
	"region_organisation_id" uuid,
	"programme" text DEFAULT '' NOT NULL,
	"fields_of_action" text[] DEFAULT '{}'::text[] NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "network_groups_visibility_check" CHECK ("network_groups"."visibility" in ('public','members','hidden')),
	CONSTRAINT "network_groups_join_policy_check" CHECK ("network_groups"."join_policy" in ('open','request','invitation'))
);
--> statement-breakpoint
CREATE TABLE "network_mentions" (
	"post_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	CONSTRAINT "network_mentions_post_id_user_id_pk" PRIMARY KEY("post_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "network_notification_settings" (
	"user_id" uuid NOT NULL,
	"group_id" uuid NOT NULL,
	"frequency" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "network_notification_settings_user_id_group_id_pk" PRIMARY KEY("user_id","group_id"),
	CONSTRAINT "network_notification_settings_frequency_check" CHECK ("network_notification_settings"."frequency" in ('immediate','daily','weekly','off'))
);
--> statement-breakpoint
CREATE TABLE "network_notifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"group_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"thread_id" uuid,
	"post_id" uuid,
	"actor_id" uuid,
	"note" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"read_at" timestamp with time zone,
	"mailed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "network_posts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"thread_id" uuid NOT NULL,
	"author_id" uuid,
	"opening" boolean DEFAULT false NOT NULL,
	"body" text NOT NULL,
	"quotes_post_id" uuid,
	"edited_at" timestamp with time zone,
	"hidden_at" timestamp with time zone,
	"hidden_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "network_posts_body_length_check" CHECK (char_length("network_posts"."body") <= 50000)
);
--> statement-breakpoint
CREATE TABLE "network_profiles" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"listed" boolean DEFAULT false NOT NULL,
	"sector" text,
	"job_title" text DEFAULT '' NOT NULL,
	"organisation_id" uuid,
	"kreis_organisation_id" uuid,
	"fields_of_action" text[] DEFAULT '{}'::text[] NOT NULL,
	"expertise" text[] DEFAULT '{}'::text[] NOT NULL,
	"about" text DEFAULT '' NOT NULL,
	"picture_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "network_reactions" (
	"post_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "network_reactions_post_id_user_id_pk" PRIMARY KEY("post_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "network_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"post_id" uuid NOT NULL,
	"reporter_id" uuid,
	"reason" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"closed_at" timestamp with time zone,
	"closed_by" uuid
);
--> statement-breakpoint
CREATE TABLE "network_threads" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"group_id" uuid NOT NULL,
	"title" text NOT NULL,
	"author_id" uuid,
	"pinned_at" timestamp with time zone,
	"locked_at" timestamp with time zone,
	"hidden_at" timestamp with time zone,
	"answer_post_id" uuid,
	"last_activity_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "search_documents" ADD COLUMN "access_key" text;--> statement-breakpoint
ALTER TABLE "network_digest_runs" ADD CONSTRAINT "network_digest_runs_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_group_events" ADD CONSTRAINT "network_group_events_group_id_network_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."network_groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_group_events" ADD CONSTRAINT "network_group_events_added_by_users_id_fk" FOREIGN KEY ("added_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_group_files" ADD CONSTRAINT "network_group_files_group_id_network_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."network_groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_group_files" ADD CONSTRAINT "network_group_files_file_id_stored_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."stored_files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_group_files" ADD CONSTRAINT "network_group_files_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_group_members" ADD CONSTRAINT "network_group_members_group_id_network_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."network_groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_group_members" ADD CONSTRAINT "network_group_members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_group_members" ADD CONSTRAINT "network_group_members_invited_by_users_id_fk" FOREIGN KEY ("invited_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_groups" ADD CONSTRAINT "network_groups_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_mentions" ADD CONSTRAINT "network_mentions_post_id_network_posts_id_fk" FOREIGN KEY ("post_id") REFERENCES "public"."network_posts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_mentions" ADD CONSTRAINT "network_mentions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_notification_settings" ADD CONSTRAINT "network_notification_settings_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_notification_settings" ADD CONSTRAINT "network_notification_settings_group_id_network_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."network_groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_notifications" ADD CONSTRAINT "network_notifications_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_notifications" ADD CONSTRAINT "network_notifications_group_id_network_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."network_groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_notifications" ADD CONSTRAINT "network_notifications_thread_id_network_threads_id_fk" FOREIGN KEY ("thread_id") REFERENCES "public"."network_threads"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_notifications" ADD CONSTRAINT "network_notifications_post_id_network_posts_id_fk" FOREIGN KEY ("post_id") REFERENCES "public"."network_posts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_notifications" ADD CONSTRAINT "network_notifications_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_posts" ADD CONSTRAINT "network_posts_thread_id_network_threads_id_fk" FOREIGN KEY ("thread_id") REFERENCES "public"."network_threads"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_posts" ADD CONSTRAINT "network_posts_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_posts" ADD CONSTRAINT "network_posts_hidden_by_users_id_fk" FOREIGN KEY ("hidden_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_profiles" ADD CONSTRAINT "network_profiles_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_profiles" ADD CONSTRAINT "network_profiles_picture_id_pictures_id_fk" FOREIGN KEY ("picture_id") REFERENCES "public"."pictures"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_reactions" ADD CONSTRAINT "network_reactions_post_id_network_posts_id_fk" FOREIGN KEY ("post_id") REFERENCES "public"."network_posts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_reactions" ADD CONSTRAINT "network_reactions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_reports" ADD CONSTRAINT "network_reports_post_id_network_posts_id_fk" FOREIGN KEY ("post_id") REFERENCES "public"."network_posts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_reports" ADD CONSTRAINT "network_reports_reporter_id_users_id_fk" FOREIGN KEY ("reporter_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_reports" ADD CONSTRAINT "network_reports_closed_by_users_id_fk" FOREIGN KEY ("closed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_threads" ADD CONSTRAINT "network_threads_group_id_network_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."network_groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_threads" ADD CONSTRAINT "network_threads_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "network_group_files_group_idx" ON "network_group_files" USING btree ("group_id","position");--> statement-breakpoint
CREATE INDEX "network_group_members_user_idx" ON "network_group_members" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "network_groups_slug_key" ON "network_groups" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "network_notifications_user_idx" ON "network_notifications" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE INDEX "network_notifications_unmailed_idx" ON "network_notifications" USING btree ("user_id") WHERE "network_notifications"."mailed_at" is null;--> statement-breakpoint
CREATE INDEX "network_posts_thread_idx" ON "network_posts" USING btree ("thread_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "network_posts_opening_key" ON "network_posts" USING btree ("thread_id") WHERE "network_posts"."opening";--> statement-breakpoint
CREATE INDEX "network_profiles_listed_idx" ON "network_profiles" USING btree ("sector") WHERE "network_profiles"."listed";--> statement-breakpoint
CREATE INDEX "network_reports_open_idx" ON "network_reports" USING btree ("post_id") WHERE "network_reports"."closed_at" is null;--> statement-breakpoint
CREATE INDEX "network_threads_group_idx" ON "network_threads" USING btree ("group_id","last_activity_at");