-- The access log is append-only: nobody, the application included, changes or removes an entry.
CREATE OR REPLACE FUNCTION "learners"."refuse_access_log_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'access_log is append-only';
END $$;
--> statement-breakpoint
CREATE TRIGGER "access_log_append_only" BEFORE UPDATE OR DELETE OR TRUNCATE ON "learners"."access_log"
  FOR EACH STATEMENT EXECUTE FUNCTION "learners"."refuse_access_log_change"();
--> statement-breakpoint
-- The application runs as baeumteo_app: it owns no table and does not bypass row-level security.
DO $$ BEGIN
  CREATE ROLE baeumteo_app NOLOGIN NOSUPERUSER NOBYPASSRLS;
EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
END $$;
--> statement-breakpoint
GRANT USAGE ON SCHEMA "learners" TO baeumteo_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA "learners" TO baeumteo_app;
--> statement-breakpoint
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA "learners" TO baeumteo_app;
--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA "learners" GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO baeumteo_app;
--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA "learners" GRANT USAGE, SELECT ON SEQUENCES TO baeumteo_app;
--> statement-breakpoint
REVOKE UPDATE, DELETE, TRUNCATE ON "learners"."access_log" FROM baeumteo_app;
--> statement-breakpoint
-- City roles are tenant data: they are written only in a transaction whose tenant is their city
-- (set_config('baeumteo.tenant', <city>, true)) or the province ('*').
ALTER TABLE "learners"."role_grants" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "role_grants_read" ON "learners"."role_grants" FOR SELECT USING (true);
--> statement-breakpoint
CREATE POLICY "role_grants_write" ON "learners"."role_grants" FOR ALL
  USING (current_setting('baeumteo.tenant', true) = '*' OR "city_id" = current_setting('baeumteo.tenant', true))
  WITH CHECK (current_setting('baeumteo.tenant', true) = '*' OR "city_id" = current_setting('baeumteo.tenant', true));
