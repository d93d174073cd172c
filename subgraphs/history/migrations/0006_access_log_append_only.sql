-- The access log is append-only: nobody, the application included, changes or removes an entry.
CREATE OR REPLACE FUNCTION "history"."refuse_access_log_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'access_log is append-only';
END $$;
--> statement-breakpoint
CREATE TRIGGER "access_log_append_only" BEFORE UPDATE OR DELETE OR TRUNCATE ON "history"."access_log"
  FOR EACH STATEMENT EXECUTE FUNCTION "history"."refuse_access_log_change"();
--> statement-breakpoint
REVOKE UPDATE, DELETE, TRUNCATE ON "history"."access_log" FROM baeumteo_app;
