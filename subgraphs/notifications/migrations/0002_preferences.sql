-- Learners' choices (which kinds by which channels, the language of their messages), the token
-- every email's unsubscribe link carries, and the centre's index on the time it orders by.
CREATE TABLE "notifications"."preferences" (
	"learner_id" uuid PRIMARY KEY NOT NULL,
	"locale" text,
	"muted" text[] DEFAULT '{}'::text[] NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
DROP INDEX "notifications"."notifications_learner_idx";--> statement-breakpoint
ALTER TABLE "notifications"."contacts" ADD COLUMN "unsubscribe_token" text DEFAULT replace(gen_random_uuid()::text, '-', '') || replace(gen_random_uuid()::text, '-', '') NOT NULL;--> statement-breakpoint
CREATE INDEX "notifications_learner_idx" ON "notifications"."notifications" USING btree ("learner_id","occurred_at");--> statement-breakpoint
ALTER TABLE "notifications"."contacts" ADD CONSTRAINT "contacts_unsubscribe_token_key" UNIQUE("unsubscribe_token");