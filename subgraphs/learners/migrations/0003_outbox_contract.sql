-- One outbox shape for every producer (packages/contracts): the event's kind (was "type") and tenant.
ALTER TABLE "learners"."outbox" RENAME COLUMN "type" TO "verb";--> statement-breakpoint
ALTER TABLE "learners"."outbox" ADD COLUMN "city_id" text;--> statement-breakpoint
UPDATE "learners"."outbox" SET "city_id" = "payload"->>'cityId';
