CREATE TYPE "learners"."role" AS ENUM('RESIDENT', 'INSTRUCTOR', 'CITY_STAFF', 'PROVINCE_ADMIN', 'ANALYST');--> statement-breakpoint
CREATE TABLE "learners"."access_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"subject_id" uuid NOT NULL,
	"actor_id" uuid,
	"actor_role" "learners"."role",
	"action" text NOT NULL,
	"ip" text,
	"correlation_id" text
);
--> statement-breakpoint
CREATE TABLE "learners"."learners" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text,
	"password_hash" text,
	"display_name" text NOT NULL,
	"birth_year" integer,
	"preferred_locale" "learners"."locale" DEFAULT 'KO' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "learners"."outbox" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"type" text NOT NULL,
	"payload" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"delivered_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "learners"."residences" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"learner_id" uuid NOT NULL,
	"city_id" text NOT NULL,
	"from" timestamp with time zone DEFAULT now() NOT NULL,
	"to" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "learners"."role_grants" (
	"learner_id" uuid NOT NULL,
	"role" "learners"."role" NOT NULL,
	"city_id" text,
	"granted_by" uuid,
	"granted_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "learners"."sign_in_failures" (
	"key" text PRIMARY KEY NOT NULL,
	"failures" integer NOT NULL,
	"first_failure_at" timestamp with time zone NOT NULL,
	"locked_until" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "learners"."residences" ADD CONSTRAINT "residences_learner_id_learners_id_fk" FOREIGN KEY ("learner_id") REFERENCES "learners"."learners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learners"."residences" ADD CONSTRAINT "residences_city_id_cities_id_fk" FOREIGN KEY ("city_id") REFERENCES "learners"."cities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learners"."role_grants" ADD CONSTRAINT "role_grants_learner_id_learners_id_fk" FOREIGN KEY ("learner_id") REFERENCES "learners"."learners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learners"."role_grants" ADD CONSTRAINT "role_grants_city_id_cities_id_fk" FOREIGN KEY ("city_id") REFERENCES "learners"."cities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "access_log_subject_idx" ON "learners"."access_log" USING btree ("subject_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "learners_email_key" ON "learners"."learners" USING btree (lower("email"));--> statement-breakpoint
CREATE INDEX "outbox_pending_idx" ON "learners"."outbox" USING btree ("created_at") WHERE "learners"."outbox"."delivered_at" is null;--> statement-breakpoint
CREATE INDEX "residences_learner_idx" ON "learners"."residences" USING btree ("learner_id","from");--> statement-breakpoint
CREATE UNIQUE INDEX "residences_current_key" ON "learners"."residences" USING btree ("learner_id") WHERE "learners"."residences"."to" is null;--> statement-breakpoint
CREATE INDEX "residences_city_current_idx" ON "learners"."residences" USING btree ("city_id") WHERE "learners"."residences"."to" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "role_grants_key" ON "learners"."role_grants" USING btree ("learner_id","role",coalesce("city_id", ''));