CREATE TYPE "history"."learning_verb" AS ENUM('APPLIED', 'ENROLLED', 'WAITLISTED', 'CANCELLED', 'ATTENDED', 'COMPLETED', 'NOT_COMPLETED', 'PROGRESSED', 'FINISHED_CONTENT', 'JOINED_LIVE', 'CERTIFIED', 'MOVED');--> statement-breakpoint
CREATE TABLE "history"."dead_letters" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	"source" text NOT NULL,
	"reason" text NOT NULL,
	"event" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "history"."learning_records" (
	"id" uuid PRIMARY KEY NOT NULL,
	"learner_id" uuid NOT NULL,
	"verb" "history"."learning_verb" NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"city_id" text NOT NULL,
	"course_id" uuid,
	"content_id" uuid,
	"hours" real DEFAULT 0 NOT NULL,
	"category" "history"."learning_category",
	"source" text NOT NULL,
	"statement" jsonb NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "learning_records_learner_idx" ON "history"."learning_records" USING btree ("learner_id","occurred_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "learning_records_city_time_idx" ON "history"."learning_records" USING btree ("city_id","occurred_at");