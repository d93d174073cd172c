ALTER TABLE "courses"."courses" ADD COLUMN "created_by" uuid;--> statement-breakpoint
ALTER TABLE "courses"."courses" ADD COLUMN "idempotency_key" text;--> statement-breakpoint
ALTER TABLE "courses"."venues" ADD COLUMN "created_by" uuid;--> statement-breakpoint
ALTER TABLE "courses"."venues" ADD COLUMN "idempotency_key" text;--> statement-breakpoint
CREATE UNIQUE INDEX "courses_idempotency_key" ON "courses"."courses" USING btree ("created_by","idempotency_key");--> statement-breakpoint
CREATE UNIQUE INDEX "venues_idempotency_key" ON "courses"."venues" USING btree ("created_by","idempotency_key");