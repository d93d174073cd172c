-- The service logs in as its own role, baeumteo_learners: granted this schema only, owning no
-- table, subject to row-level security. Migrations keep running as the owner of DATABASE_URL.
DO $$ BEGIN
  CREATE ROLE baeumteo_learners LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
END $$;
--> statement-breakpoint
GRANT USAGE ON SCHEMA "learners" TO baeumteo_learners;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA "learners" TO baeumteo_learners;
--> statement-breakpoint
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA "learners" TO baeumteo_learners;
--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA "learners" GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO baeumteo_learners;
--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA "learners" GRANT USAGE, SELECT ON SEQUENCES TO baeumteo_learners;
--> statement-breakpoint
-- baeumteo_app, the one role of earlier releases for all four schemas, has nothing here any more.
REVOKE ALL ON ALL TABLES IN SCHEMA "learners" FROM baeumteo_app;
--> statement-breakpoint
REVOKE ALL ON ALL SEQUENCES IN SCHEMA "learners" FROM baeumteo_app;
--> statement-breakpoint
REVOKE ALL ON SCHEMA "learners" FROM baeumteo_app;
--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA "learners" REVOKE ALL ON TABLES FROM baeumteo_app;
--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA "learners" REVOKE ALL ON SEQUENCES FROM baeumteo_app;
--> statement-breakpoint
-- Append-only tables stay so for the service.
REVOKE UPDATE, DELETE, TRUNCATE ON "learners"."access_log" FROM baeumteo_learners;
--> statement-breakpoint
-- The access log stays append-only for everyone; only prune_access_log (as the owner) removes
-- entries older than the retention, which is at least a year (PIPA's safety standard asks two).
CREATE OR REPLACE FUNCTION "learners"."refuse_access_log_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' AND current_setting('baeumteo.pruning_access_log', true) = 'on' THEN
    RETURN NULL;
  END IF;
  RAISE EXCEPTION 'access_log is append-only';
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION "learners"."prune_access_log"(retention_days integer) RETURNS bigint
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
  removed bigint;
BEGIN
  IF retention_days IS NULL OR retention_days < 365 THEN
    RAISE EXCEPTION 'access log entries are kept for at least 365 days';
  END IF;
  PERFORM set_config('baeumteo.pruning_access_log', 'on', true);
  DELETE FROM "learners"."access_log" WHERE "at" < now() - make_interval(days => retention_days);
  GET DIAGNOSTICS removed = ROW_COUNT;
  PERFORM set_config('baeumteo.pruning_access_log', 'off', true);
  RETURN removed;
END $$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION "learners"."prune_access_log"(integer) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION "learners"."prune_access_log"(integer) TO baeumteo_learners;
