-- What a course's staff wrote to its applicants. Tenant data: read and written only under the
-- course's city's tenant (or the province's), like the outboxes.
CREATE TABLE "courses"."course_messages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"course_id" uuid NOT NULL,
	"city_id" text NOT NULL,
	"sent_by" uuid NOT NULL,
	"message" text NOT NULL,
	"recipients" integer NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "courses"."course_messages" ADD CONSTRAINT "course_messages_course_id_courses_id_fk" FOREIGN KEY ("course_id") REFERENCES "courses"."courses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "course_messages_course_idx" ON "courses"."course_messages" USING btree ("course_id","sent_at");--> statement-breakpoint
ALTER TABLE "courses"."course_messages" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "course_messages_tenant" ON "courses"."course_messages" FOR ALL
  USING (current_setting('baeumteo.tenant', true) IN ('*', "city_id"))
  WITH CHECK (current_setting('baeumteo.tenant', true) IN ('*', "city_id"));
--> statement-breakpoint
GRANT SELECT, INSERT ON "courses"."course_messages" TO baeumteo_courses;
