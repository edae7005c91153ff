-- Programme times become minutes after each date's start (docs/decisions/0015-programme-times-per-date.md).
-- Every date keeps the clock times it showed before: an item's offset is measured from its
-- reference date (the one date it is restricted to, else the event's first date that is not
-- cancelled), and a date that starts at another clock time gets the item's time as its own.
ALTER TABLE "event_programme_variations" ALTER COLUMN "speaker" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "event_programme_items" ADD COLUMN "offset_minutes" integer;--> statement-breakpoint
ALTER TABLE "event_programme_variations" ADD COLUMN "offset_minutes" integer;--> statement-breakpoint
UPDATE "event_programme_items" i SET "offset_minutes" = (
  SELECT round(extract(epoch FROM i."time"::time - (d."starts_at" AT TIME ZONE 'Europe/Berlin')::time) / 60)::int
  FROM "event_dates" d
  WHERE d."event_id" = i."event_id" AND (i."only_date_id" IS NULL OR d."id" = i."only_date_id")
  ORDER BY d."cancelled_at" IS NOT NULL, d."starts_at", d."id"
  LIMIT 1
);--> statement-breakpoint
-- An event without dates has no start yet: its programme is taken to begin with its first item.
UPDATE "event_programme_items" i SET "offset_minutes" = round(extract(epoch FROM i."time"::time - (
  SELECT min(f."time"::time) FROM "event_programme_items" f WHERE f."event_id" = i."event_id"
)) / 60)::int
WHERE i."offset_minutes" IS NULL;--> statement-breakpoint
INSERT INTO "event_programme_variations" ("item_id", "date_id", "speaker", "offset_minutes")
SELECT i."id", d."id", NULL, m."minutes"
FROM "event_programme_items" i
JOIN "event_dates" d ON d."event_id" = i."event_id" AND i."only_date_id" IS NULL
CROSS JOIN LATERAL (
  SELECT round(extract(epoch FROM i."time"::time - (d."starts_at" AT TIME ZONE 'Europe/Berlin')::time) / 60)::int AS "minutes"
) m
WHERE m."minutes" <> i."offset_minutes"
ON CONFLICT ("item_id", "date_id") DO UPDATE SET "offset_minutes" = excluded."offset_minutes";--> statement-breakpoint
ALTER TABLE "event_programme_items" ALTER COLUMN "offset_minutes" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "event_programme_items" DROP COLUMN "time";--> statement-breakpoint
ALTER TABLE "event_programme_variations" ADD CONSTRAINT "event_programme_variations_differs_check" CHECK ("event_programme_variations"."speaker" is not null or "event_programme_variations"."offset_minutes" is not null);
