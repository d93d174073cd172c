-- Which first-session start a seat's day-before reminder was queued for. No new index: the worker
-- finds tomorrow's courses by courses_starts_idx and their seats by enrollments_city_course_idx.
ALTER TABLE "courses"."enrollments" ADD COLUMN "reminded_for" timestamp with time zone;
