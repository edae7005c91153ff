ALTER TABLE "organisations" ADD COLUMN "amtsschluessel" text;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "ars" text;--> statement-breakpoint
CREATE UNIQUE INDEX "organisations_ars_key" ON "organisations" USING btree ("ars");--> statement-breakpoint
ALTER TABLE "organisations" ADD CONSTRAINT "organisations_amtsschluessel_check" CHECK ("organisations"."amtsschluessel" is null or "organisations"."amtsschluessel" ~ '^[0-9]{9}$');--> statement-breakpoint
ALTER TABLE "organisations" ADD CONSTRAINT "organisations_ars_check" CHECK ("organisations"."ars" is null or "organisations"."ars" ~ '^[0-9]{12}$');