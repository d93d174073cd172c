CREATE TABLE "courses"."attendance" (
	"session_id" uuid NOT NULL,
	"enrollment_id" uuid NOT NULL,
	"city_id" text NOT NULL,
	"present" boolean NOT NULL,
	"recorded_by" uuid NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "attendance_pkey" PRIMARY KEY("session_id","enrollment_id")
);
--> statement-breakpoint
CREATE TABLE "courses"."outbox" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"city_id" text NOT NULL,
	"verb" text NOT NULL,
	"payload" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"delivered_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "courses"."courses" ADD COLUMN "instructor_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL;--> statement-breakpoint
ALTER TABLE "courses"."courses" ADD COLUMN "lottery_seed" text;--> statement-breakpoint
ALTER TABLE "courses"."courses" ADD COLUMN "lottery_drawn_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "courses"."enrollments" ADD COLUMN "residence_city_id" text;--> statement-breakpoint
ALTER TABLE "courses"."attendance" ADD CONSTRAINT "attendance_session_id_class_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "courses"."class_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "courses"."attendance" ADD CONSTRAINT "attendance_enrollment_id_enrollments_id_fk" FOREIGN KEY ("enrollment_id") REFERENCES "courses"."enrollments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "attendance_enrollment_idx" ON "courses"."attendance" USING btree ("enrollment_id");--> statement-breakpoint
CREATE INDEX "outbox_pending_idx" ON "courses"."outbox" USING btree ("created_at") WHERE "courses"."outbox"."delivered_at" is null;