-- The service logs in as its own role, baeumteo_courses: granted this schema only, owning no
-- table, subject to row-level security. Migrations keep running as the owner of DATABASE_URL.
DO $$ BEGIN
  CREATE ROLE baeumteo_courses LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
END $$;
--> statement-breakpoint
GRANT USAGE ON SCHEMA "courses" TO baeumteo_courses;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA "courses" TO baeumteo_courses;
--> statement-breakpoint
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA "courses" TO baeumteo_courses;
--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA "courses" GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO baeumteo_courses;
--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA "courses" GRANT USAGE, SELECT ON SEQUENCES TO baeumteo_courses;
--> statement-breakpoint
-- baeumteo_app, the one role of earlier releases for all four schemas, has nothing here any more.
REVOKE ALL ON ALL TABLES IN SCHEMA "courses" FROM baeumteo_app;
--> statement-breakpoint
REVOKE ALL ON ALL SEQUENCES IN SCHEMA "courses" FROM baeumteo_app;
--> statement-breakpoint
REVOKE ALL ON SCHEMA "courses" FROM baeumteo_app;
--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA "courses" REVOKE ALL ON TABLES FROM baeumteo_app;
--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA "courses" REVOKE ALL ON SEQUENCES FROM baeumteo_app;
--> statement-breakpoint
-- Applications and attendance are personal data. Besides the transactions of a tenant (whose
-- write policies admit reads of that tenant's rows), they are read only by a reader scope
-- (packages/server asReader): the cities the caller works in, every city for the province, or
-- the learner the row belongs to.
CREATE OR REPLACE FUNCTION "courses"."readable"(city text, learner uuid) RETURNS boolean
  LANGUAGE sql STABLE AS $$
  SELECT coalesce(current_setting('baeumteo.reader_cities', true), '') = '*'
    OR city = ANY (string_to_array(nullif(current_setting('baeumteo.reader_cities', true), ''), ','))
    OR learner::text = nullif(current_setting('baeumteo.reader', true), '')
$$;
--> statement-breakpoint
DROP POLICY "enrollments_read" ON "courses"."enrollments";
--> statement-breakpoint
CREATE POLICY "enrollments_read" ON "courses"."enrollments" FOR SELECT
  USING ("courses"."readable"("city_id", "learner_id"));
--> statement-breakpoint
-- An attendance row is readable when its enrollment is (the subquery is under the same policies).
DROP POLICY "attendance_read" ON "courses"."attendance";
--> statement-breakpoint
CREATE POLICY "attendance_read" ON "courses"."attendance" FOR SELECT
  USING (EXISTS (SELECT 1 FROM "courses"."enrollments" e WHERE e."id" = "enrollment_id"));
--> statement-breakpoint
-- courses' access log is append-only like learners' and history's: nobody changes an entry, and
-- only prune_access_log removes entries older than the retention (at least a year).
CREATE OR REPLACE FUNCTION "courses"."refuse_access_log_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' AND current_setting('baeumteo.pruning_access_log', true) = 'on' THEN
    RETURN NULL;
  END IF;
  RAISE EXCEPTION 'access_log is append-only';
END $$;
--> statement-breakpoint
CREATE TRIGGER "access_log_append_only" BEFORE UPDATE OR DELETE OR TRUNCATE ON "courses"."access_log"
  FOR EACH STATEMENT EXECUTE FUNCTION "courses"."refuse_access_log_change"();
--> statement-breakpoint
REVOKE UPDATE, DELETE, TRUNCATE ON "courses"."access_log" FROM baeumteo_courses;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION "courses"."prune_access_log"(retention_days integer) RETURNS bigint
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
  removed bigint;
BEGIN
  IF retention_days IS NULL OR retention_days < 365 THEN
    RAISE EXCEPTION 'access log entries are kept for at least 365 days';
  END IF;
  PERFORM set_config('baeumteo.pruning_access_log', 'on', true);
  DELETE FROM "courses"."access_log" WHERE "at" < now() - make_interval(days => retention_days);
  GET DIAGNOSTICS removed = ROW_COUNT;
  PERFORM set_config('baeumteo.pruning_access_log', 'off', true);
  RETURN removed;
END $$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION "courses"."prune_access_log"(integer) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION "courses"."prune_access_log"(integer) TO baeumteo_courses;
