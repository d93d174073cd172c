-- Which course a notification is about, in a column of its own: staff count a course's reach by it.
ALTER TABLE "notifications"."notifications" ADD COLUMN "course_id" uuid;--> statement-breakpoint
UPDATE "notifications"."notifications" SET "course_id" = ("facts"->'course'->>'id')::uuid WHERE "facts" ? 'course';--> statement-breakpoint
CREATE INDEX "notifications_course_idx" ON "notifications"."notifications" USING btree ("course_id") WHERE "notifications"."notifications"."course_id" is not null;
