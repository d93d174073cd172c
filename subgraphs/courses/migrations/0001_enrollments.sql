CREATE TYPE "courses"."enrollment_status" AS ENUM('PENDING', 'WAITLISTED', 'ENROLLED', 'REJECTED', 'CANCELLED', 'COMPLETED', 'NOT_COMPLETED');--> statement-breakpoint
CREATE TABLE "courses"."enrollments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"city_id" text NOT NULL,
	"course_id" uuid NOT NULL,
	"learner_id" uuid NOT NULL,
	"status" "courses"."enrollment_status" NOT NULL,
	"waitlist_position" integer,
	"applied_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_at" timestamp with time zone,
	"idempotency_key" text,
	CONSTRAINT "enrollments_waitlist_position" CHECK (("courses"."enrollments"."status" = 'WAITLISTED') = ("courses"."enrollments"."waitlist_position" is not null))
);
--> statement-breakpoint
ALTER TABLE "courses"."enrollments" ADD CONSTRAINT "enrollments_course_id_courses_id_fk" FOREIGN KEY ("course_id") REFERENCES "courses"."courses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "enrollments_city_course_idx" ON "courses"."enrollments" USING btree ("city_id","course_id","status");--> statement-breakpoint
CREATE INDEX "enrollments_learner_idx" ON "courses"."enrollments" USING btree ("learner_id");--> statement-breakpoint
CREATE UNIQUE INDEX "enrollments_active_key" ON "courses"."enrollments" USING btree ("course_id","learner_id") WHERE "courses"."enrollments"."status" in ('PENDING', 'WAITLISTED', 'ENROLLED', 'COMPLETED', 'NOT_COMPLETED');--> statement-breakpoint
CREATE UNIQUE INDEX "enrollments_idempotency_key" ON "courses"."enrollments" USING btree ("learner_id","idempotency_key");