CREATE TABLE "courses"."access_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"subject_id" uuid NOT NULL,
	"actor_id" uuid,
	"actor_role" text,
	"action" text NOT NULL,
	"course_id" uuid,
	"city_id" text,
	"ip" text,
	"correlation_id" text
);
--> statement-breakpoint
DROP INDEX "courses"."outbox_pending_idx";--> statement-breakpoint
ALTER TABLE "courses"."outbox" ALTER COLUMN "payload" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "courses"."outbox" ADD COLUMN "claimed_until" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "courses"."outbox" ADD COLUMN "attempts" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "courses"."outbox" ADD COLUMN "last_error" text;--> statement-breakpoint
ALTER TABLE "courses"."outbox" ADD COLUMN "parked_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "access_log_subject_idx" ON "courses"."access_log" USING btree ("subject_id","at");--> statement-breakpoint
CREATE INDEX "access_log_at_idx" ON "courses"."access_log" USING btree ("at");--> statement-breakpoint
CREATE INDEX "outbox_delivered_idx" ON "courses"."outbox" USING btree ("delivered_at") WHERE "courses"."outbox"."delivered_at" is not null;--> statement-breakpoint
CREATE INDEX "outbox_pending_idx" ON "courses"."outbox" USING btree ("created_at","id") WHERE "courses"."outbox"."delivered_at" is null and "courses"."outbox"."parked_at" is null;--> statement-breakpoint
-- Delivered events keep no personal field: what earlier releases delivered is cleared too.
UPDATE "courses"."outbox" SET "payload" = NULL WHERE "delivered_at" IS NOT NULL;
