DROP INDEX "content"."outbox_pending_idx";--> statement-breakpoint
ALTER TABLE "content"."outbox" ALTER COLUMN "payload" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "content"."outbox" ADD COLUMN "claimed_until" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "content"."outbox" ADD COLUMN "attempts" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "content"."outbox" ADD COLUMN "last_error" text;--> statement-breakpoint
ALTER TABLE "content"."outbox" ADD COLUMN "parked_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "outbox_delivered_idx" ON "content"."outbox" USING btree ("delivered_at") WHERE "content"."outbox"."delivered_at" is not null;--> statement-breakpoint
CREATE INDEX "outbox_pending_idx" ON "content"."outbox" USING btree ("created_at","id") WHERE "content"."outbox"."delivered_at" is null and "content"."outbox"."parked_at" is null;--> statement-breakpoint
-- Delivered events keep no personal field: what earlier releases delivered is cleared too.
UPDATE "content"."outbox" SET "payload" = NULL WHERE "delivered_at" IS NOT NULL;
