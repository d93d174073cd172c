-- Attendance and the outbox are tenant data like enrollments: written under their city.
ALTER TABLE "courses"."attendance" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "attendance_read" ON "courses"."attendance" FOR SELECT USING (true);
--> statement-breakpoint
CREATE POLICY "attendance_write" ON "courses"."attendance" FOR ALL
  USING (current_setting('baeumteo.tenant', true) IN ('*', "city_id"))
  WITH CHECK (current_setting('baeumteo.tenant', true) IN ('*', "city_id"));
--> statement-breakpoint
ALTER TABLE "courses"."outbox" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "outbox_read" ON "courses"."outbox" FOR SELECT USING (true);
--> statement-breakpoint
CREATE POLICY "outbox_write" ON "courses"."outbox" FOR ALL
  USING (current_setting('baeumteo.tenant', true) IN ('*', "city_id"))
  WITH CHECK (current_setting('baeumteo.tenant', true) IN ('*', "city_id"));
