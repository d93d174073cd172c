CREATE SCHEMA "history";
--> statement-breakpoint
CREATE TYPE "history"."learning_category" AS ENUM('ADULT_LITERACY', 'ACADEMIC_SUPPLEMENT', 'VOCATIONAL', 'CULTURE_ARTS', 'HUMANITIES', 'CIVIC_PARTICIPATION');--> statement-breakpoint
CREATE TABLE "history"."certificates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" text NOT NULL,
	"learner_id" uuid NOT NULL,
	"holder_name" text NOT NULL,
	"course_title" text NOT NULL,
	"city_id" text NOT NULL,
	"course_id" uuid,
	"category" "history"."learning_category" NOT NULL,
	"hours" real NOT NULL,
	"issued_at" timestamp with time zone DEFAULT now() NOT NULL,
	"credential" text NOT NULL,
	"revoked_at" timestamp with time zone,
	"revocation_reason" text,
	CONSTRAINT "certificates_number_key" UNIQUE("number")
);
--> statement-breakpoint
CREATE INDEX "certificates_city_learner_idx" ON "history"."certificates" USING btree ("city_id","learner_id");