ALTER TABLE "content"."content_progress" ADD COLUMN "paced_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
-- Progress recorded before pacing is paced to its last report.
UPDATE "content"."content_progress" SET "paced_at" = "updated_at";--> statement-breakpoint
ALTER TABLE "content"."live_sessions" ADD COLUMN "created_by" uuid;--> statement-breakpoint
ALTER TABLE "content"."live_sessions" ADD COLUMN "idempotency_key" text;--> statement-breakpoint
CREATE UNIQUE INDEX "live_sessions_idempotency_key" ON "content"."live_sessions" USING btree ("created_by","idempotency_key");