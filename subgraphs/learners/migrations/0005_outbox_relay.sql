DROP INDEX "learners"."outbox_pending_idx";--> statement-breakpoint
ALTER TABLE "learners"."outbox" ALTER COLUMN "payload" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "learners"."outbox" ADD COLUMN "claimed_until" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "learners"."outbox" ADD COLUMN "attempts" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "learners"."outbox" ADD COLUMN "last_error" text;--> statement-breakpoint
ALTER TABLE "learners"."outbox" ADD COLUMN "parked_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "access_log_at_idx" ON "learners"."access_log" USING btree ("at");--> statement-breakpoint
CREATE INDEX "outbox_delivered_idx" ON "learners"."outbox" USING btree ("delivered_at") WHERE "learners"."outbox"."delivered_at" is not null;--> statement-breakpoint
CREATE INDEX "outbox_pending_idx" ON "learners"."outbox" USING btree ("created_at","id") WHERE "learners"."outbox"."delivered_at" is null and "learners"."outbox"."parked_at" is null;--> statement-breakpoint
-- Delivered events keep no personal field: what earlier releases delivered is cleared too.
UPDATE "learners"."outbox" SET "payload" = NULL WHERE "delivered_at" IS NOT NULL;
