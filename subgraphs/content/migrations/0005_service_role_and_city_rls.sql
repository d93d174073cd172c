-- The service logs in as its own role, baeumteo_content: granted this schema only, owning no
-- table, subject to row-level security. Migrations keep running as the owner of DATABASE_URL.
DO $$ BEGIN
  CREATE ROLE baeumteo_content LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
END $$;
--> statement-breakpoint
GRANT USAGE ON SCHEMA "content" TO baeumteo_content;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA "content" TO baeumteo_content;
--> statement-breakpoint
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA "content" TO baeumteo_content;
--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA "content" GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO baeumteo_content;
--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA "content" GRANT USAGE, SELECT ON SEQUENCES TO baeumteo_content;
--> statement-breakpoint
-- baeumteo_app, the one role of earlier releases for all four schemas, has nothing here any more.
REVOKE ALL ON ALL TABLES IN SCHEMA "content" FROM baeumteo_app;
--> statement-breakpoint
REVOKE ALL ON ALL SEQUENCES IN SCHEMA "content" FROM baeumteo_app;
--> statement-breakpoint
REVOKE ALL ON SCHEMA "content" FROM baeumteo_app;
--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA "content" REVOKE ALL ON TABLES FROM baeumteo_app;
--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA "content" REVOKE ALL ON SEQUENCES FROM baeumteo_app;
--> statement-breakpoint
-- City tables: readable by all as before; written only in a transaction whose tenant is their city
-- (set_config('baeumteo.tenant', <city>, true)) or the province ('*'). A content without a city is
-- the province's.
ALTER TABLE "content"."contents" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "contents_read" ON "content"."contents" FOR SELECT USING (true);
--> statement-breakpoint
CREATE POLICY "contents_write" ON "content"."contents" FOR ALL
  USING (current_setting('baeumteo.tenant', true) = '*' OR "city_id" = current_setting('baeumteo.tenant', true))
  WITH CHECK (current_setting('baeumteo.tenant', true) = '*' OR "city_id" = current_setting('baeumteo.tenant', true));
--> statement-breakpoint
ALTER TABLE "content"."featured_contents" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "featured_contents_read" ON "content"."featured_contents" FOR SELECT USING (true);
--> statement-breakpoint
CREATE POLICY "featured_contents_write" ON "content"."featured_contents" FOR ALL
  USING (current_setting('baeumteo.tenant', true) IN ('*', "city_id"))
  WITH CHECK (current_setting('baeumteo.tenant', true) IN ('*', "city_id"));
--> statement-breakpoint
ALTER TABLE "content"."live_sessions" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "live_sessions_read" ON "content"."live_sessions" FOR SELECT USING (true);
--> statement-breakpoint
CREATE POLICY "live_sessions_write" ON "content"."live_sessions" FOR ALL
  USING (current_setting('baeumteo.tenant', true) IN ('*', "host_city_id"))
  WITH CHECK (current_setting('baeumteo.tenant', true) IN ('*', "host_city_id"));
--> statement-breakpoint
ALTER TABLE "content"."outbox" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "outbox_read" ON "content"."outbox" FOR SELECT USING (true);
--> statement-breakpoint
CREATE POLICY "outbox_write" ON "content"."outbox" FOR ALL
  USING (current_setting('baeumteo.tenant', true) IN ('*', "city_id"))
  WITH CHECK (current_setting('baeumteo.tenant', true) IN ('*', "city_id"));
