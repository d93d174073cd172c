-- The service logs in as its own role, baeumteo_history: granted this schema only, owning no
-- table, subject to row-level security. Migrations keep running as the owner of DATABASE_URL.
DO $$ BEGIN
  CREATE ROLE baeumteo_history LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
END $$;
--> statement-breakpoint
GRANT USAGE ON SCHEMA "history" TO baeumteo_history;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA "history" TO baeumteo_history;
--> statement-breakpoint
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA "history" TO baeumteo_history;
--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA "history" GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO baeumteo_history;
--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA "history" GRANT USAGE, SELECT ON SEQUENCES TO baeumteo_history;
--> statement-breakpoint
-- baeumteo_app, the one role of earlier releases for all four schemas, has nothing here any more.
REVOKE ALL ON ALL TABLES IN SCHEMA "history" FROM baeumteo_app;
--> statement-breakpoint
REVOKE ALL ON ALL SEQUENCES IN SCHEMA "history" FROM baeumteo_app;
--> statement-breakpoint
REVOKE ALL ON SCHEMA "history" FROM baeumteo_app;
--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA "history" REVOKE ALL ON TABLES FROM baeumteo_app;
--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA "history" REVOKE ALL ON SEQUENCES FROM baeumteo_app;
--> statement-breakpoint
-- Append-only tables stay so for the service.
REVOKE UPDATE, DELETE, TRUNCATE ON "history"."access_log" FROM baeumteo_history;
--> statement-breakpoint
REVOKE UPDATE, DELETE, TRUNCATE ON "history"."learning_records" FROM baeumteo_history;
--> statement-breakpoint
-- City tables: readable as before (each read checks its caller first); written only in a
-- transaction whose tenant is their city or the province ('*'): ingestion writes as the province,
-- a city's staff revoke under their city.
ALTER TABLE "history"."certificates" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "certificates_read" ON "history"."certificates" FOR SELECT USING (true);
--> statement-breakpoint
CREATE POLICY "certificates_write" ON "history"."certificates" FOR ALL
  USING (current_setting('baeumteo.tenant', true) IN ('*', "city_id"))
  WITH CHECK (current_setting('baeumteo.tenant', true) IN ('*', "city_id"));
--> statement-breakpoint
ALTER TABLE "history"."learning_records" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "learning_records_read" ON "history"."learning_records" FOR SELECT USING (true);
--> statement-breakpoint
CREATE POLICY "learning_records_write" ON "history"."learning_records" FOR ALL
  USING (current_setting('baeumteo.tenant', true) IN ('*', "city_id"))
  WITH CHECK (current_setting('baeumteo.tenant', true) IN ('*', "city_id"));
--> statement-breakpoint
ALTER TABLE "history"."certificate_serials" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "certificate_serials_read" ON "history"."certificate_serials" FOR SELECT USING (true);
--> statement-breakpoint
CREATE POLICY "certificate_serials_write" ON "history"."certificate_serials" FOR ALL
  USING (current_setting('baeumteo.tenant', true) IN ('*', "city_id"))
  WITH CHECK (current_setting('baeumteo.tenant', true) IN ('*', "city_id"));
--> statement-breakpoint
ALTER TABLE "history"."city_days" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "city_days_read" ON "history"."city_days" FOR SELECT USING (true);
--> statement-breakpoint
CREATE POLICY "city_days_write" ON "history"."city_days" FOR ALL
  USING (current_setting('baeumteo.tenant', true) IN ('*', "residence_city_id"))
  WITH CHECK (current_setting('baeumteo.tenant', true) IN ('*', "residence_city_id"));
--> statement-breakpoint
ALTER TABLE "history"."learner_years" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "learner_years_read" ON "history"."learner_years" FOR SELECT USING (true);
--> statement-breakpoint
CREATE POLICY "learner_years_write" ON "history"."learner_years" FOR ALL
  USING (current_setting('baeumteo.tenant', true) IN ('*', "residence_city_id"))
  WITH CHECK (current_setting('baeumteo.tenant', true) IN ('*', "residence_city_id"));
--> statement-breakpoint
-- The access log stays append-only for everyone; only prune_access_log (as the owner) removes
-- entries older than the retention, which is at least a year (PIPA's safety standard asks two).
CREATE OR REPLACE FUNCTION "history"."refuse_access_log_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' AND current_setting('baeumteo.pruning_access_log', true) = 'on' THEN
    RETURN NULL;
  END IF;
  RAISE EXCEPTION 'access_log is append-only';
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION "history"."prune_access_log"(retention_days integer) RETURNS bigint
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
  removed bigint;
BEGIN
  IF retention_days IS NULL OR retention_days < 365 THEN
    RAISE EXCEPTION 'access log entries are kept for at least 365 days';
  END IF;
  PERFORM set_config('baeumteo.pruning_access_log', 'on', true);
  DELETE FROM "history"."access_log" WHERE "at" < now() - make_interval(days => retention_days);
  GET DIAGNOSTICS removed = ROW_COUNT;
  PERFORM set_config('baeumteo.pruning_access_log', 'off', true);
  RETURN removed;
END $$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION "history"."prune_access_log"(integer) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION "history"."prune_access_log"(integer) TO baeumteo_history;
