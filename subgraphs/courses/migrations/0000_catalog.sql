CREATE SCHEMA "courses";
--> statement-breakpoint
CREATE TYPE "courses"."course_format" AS ENUM('OFFLINE', 'ONLINE', 'LIVE', 'BLENDED');--> statement-breakpoint
CREATE TYPE "courses"."course_status" AS ENUM('DRAFT', 'OPEN', 'CLOSED', 'IN_PROGRESS', 'FINISHED', 'CANCELLED');--> statement-breakpoint
CREATE TYPE "courses"."eligibility" AS ENUM('CITY_RESIDENTS', 'PROVINCE_RESIDENTS', 'ANYONE');--> statement-breakpoint
CREATE TYPE "courses"."learning_category" AS ENUM('ADULT_LITERACY', 'ACADEMIC_SUPPLEMENT', 'VOCATIONAL', 'CULTURE_ARTS', 'HUMANITIES', 'CIVIC_PARTICIPATION');--> statement-breakpoint
CREATE TYPE "courses"."selection_method" AS ENUM('FIRST_COME', 'LOTTERY', 'APPROVAL');--> statement-breakpoint
CREATE TYPE "courses"."venue_kind" AS ENUM('LEARNING_CENTER', 'NEIGHBORHOOD_CENTER', 'LIBRARY', 'SCHOOL', 'PARTNER', 'ONLINE');--> statement-breakpoint
CREATE TABLE "courses"."class_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"course_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"format" "courses"."course_format" NOT NULL,
	CONSTRAINT "class_sessions_order" CHECK ("courses"."class_sessions"."starts_at" < "courses"."class_sessions"."ends_at")
);
--> statement-breakpoint
CREATE TABLE "courses"."courses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"city_id" text NOT NULL,
	"title_ko" text NOT NULL,
	"title_en" text,
	"description_ko" text NOT NULL,
	"description_en" text,
	"category" "courses"."learning_category" NOT NULL,
	"format" "courses"."course_format" NOT NULL,
	"venue_id" uuid,
	"capacity" integer NOT NULL,
	"seats_taken" integer DEFAULT 0 NOT NULL,
	"waitlist_count" integer DEFAULT 0 NOT NULL,
	"selection" "courses"."selection_method" NOT NULL,
	"eligibility" "courses"."eligibility" NOT NULL,
	"application_opens_at" timestamp with time zone NOT NULL,
	"application_closes_at" timestamp with time zone NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"min_attendance_rate" real DEFAULT 0.8 NOT NULL,
	"status" "courses"."course_status" DEFAULT 'DRAFT' NOT NULL,
	"content_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "courses_capacity_range" CHECK ("courses"."courses"."capacity" between 1 and 10000),
	CONSTRAINT "courses_seats_range" CHECK ("courses"."courses"."seats_taken" between 0 and "courses"."courses"."capacity"),
	CONSTRAINT "courses_window_order" CHECK ("courses"."courses"."application_opens_at" < "courses"."courses"."application_closes_at"),
	CONSTRAINT "courses_min_attendance_range" CHECK ("courses"."courses"."min_attendance_rate" between 0 and 1)
);
--> statement-breakpoint
CREATE TABLE "courses"."venues" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"city_id" text NOT NULL,
	"name" text NOT NULL,
	"kind" "courses"."venue_kind" NOT NULL,
	"address" text NOT NULL,
	"dong" text
);
--> statement-breakpoint
ALTER TABLE "courses"."class_sessions" ADD CONSTRAINT "class_sessions_course_id_courses_id_fk" FOREIGN KEY ("course_id") REFERENCES "courses"."courses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "courses"."courses" ADD CONSTRAINT "courses_venue_id_venues_id_fk" FOREIGN KEY ("venue_id") REFERENCES "courses"."venues"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "class_sessions_course_idx" ON "courses"."class_sessions" USING btree ("course_id","starts_at");--> statement-breakpoint
CREATE INDEX "courses_city_starts_idx" ON "courses"."courses" USING btree ("city_id","starts_at","id");--> statement-breakpoint
CREATE INDEX "courses_starts_idx" ON "courses"."courses" USING btree ("starts_at","id");--> statement-breakpoint
CREATE INDEX "venues_city_idx" ON "courses"."venues" USING btree ("city_id","name");