ALTER TABLE "content"."contents" ADD COLUMN "retired_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "content"."contents" ADD COLUMN "created_by" uuid;--> statement-breakpoint
ALTER TABLE "content"."contents" ADD COLUMN "idempotency_key" text;--> statement-breakpoint
CREATE UNIQUE INDEX "contents_idempotency_key" ON "content"."contents" USING btree ("created_by","idempotency_key");