-- The application runs as baeumteo_app: it owns no table and does not bypass row-level security.
DO $$ BEGIN
  CREATE ROLE baeumteo_app NOLOGIN NOSUPERUSER NOBYPASSRLS;
EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
END $$;
--> statement-breakpoint
GRANT USAGE ON SCHEMA "courses" TO baeumteo_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA "courses" TO baeumteo_app;
--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA "courses" GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO baeumteo_app;
--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA "courses" GRANT USAGE, SELECT ON SEQUENCES TO baeumteo_app;
--> statement-breakpoint
-- Tenant tables: the catalog is public to read; rows are written only in a transaction whose
-- tenant is their city (set_config('baeumteo.tenant', <city>, true)) or the province ('*').
ALTER TABLE "courses"."venues" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "venues_read" ON "courses"."venues" FOR SELECT USING (true);
--> statement-breakpoint
CREATE POLICY "venues_write" ON "courses"."venues" FOR ALL
  USING (current_setting('baeumteo.tenant', true) IN ('*', "city_id"))
  WITH CHECK (current_setting('baeumteo.tenant', true) IN ('*', "city_id"));
--> statement-breakpoint
ALTER TABLE "courses"."courses" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "courses_read" ON "courses"."courses" FOR SELECT USING (true);
--> statement-breakpoint
CREATE POLICY "courses_write" ON "courses"."courses" FOR ALL
  USING (current_setting('baeumteo.tenant', true) IN ('*', "city_id"))
  WITH CHECK (current_setting('baeumteo.tenant', true) IN ('*', "city_id"));
--> statement-breakpoint
ALTER TABLE "courses"."class_sessions" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "class_sessions_read" ON "courses"."class_sessions" FOR SELECT USING (true);
--> statement-breakpoint
CREATE POLICY "class_sessions_write" ON "courses"."class_sessions" FOR ALL
  USING (EXISTS (SELECT 1 FROM "courses"."courses" c WHERE c."id" = "course_id"
    AND current_setting('baeumteo.tenant', true) IN ('*', c."city_id")))
  WITH CHECK (EXISTS (SELECT 1 FROM "courses"."courses" c WHERE c."id" = "course_id"
    AND current_setting('baeumteo.tenant', true) IN ('*', c."city_id")));
--> statement-breakpoint
-- Enrollments are personal data: the subgraph reads them by learner or by course after its own
-- checks; writes carry the course's city as tenant.
ALTER TABLE "courses"."enrollments" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "enrollments_read" ON "courses"."enrollments" FOR SELECT USING (true);
--> statement-breakpoint
CREATE POLICY "enrollments_write" ON "courses"."enrollments" FOR ALL
  USING (current_setting('baeumteo.tenant', true) IN ('*', "city_id"))
  WITH CHECK (current_setting('baeumteo.tenant', true) IN ('*', "city_id"));
