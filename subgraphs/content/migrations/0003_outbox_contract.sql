-- One outbox shape for every producer (packages/contracts): the event's kind and tenant as columns.
ALTER TABLE "content"."outbox" ADD COLUMN "verb" text;--> statement-breakpoint
ALTER TABLE "content"."outbox" ADD COLUMN "city_id" text;--> statement-breakpoint
UPDATE "content"."outbox" SET "verb" = "payload"->>'verb', "city_id" = "payload"->>'cityId';--> statement-breakpoint
ALTER TABLE "content"."outbox" ALTER COLUMN "verb" SET NOT NULL;
