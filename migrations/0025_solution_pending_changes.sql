ALTER TABLE "solutions" ADD COLUMN "pending_changes" jsonb;--> statement-breakpoint
ALTER TABLE "solutions" ADD COLUMN "pending_since" timestamp with time zone;