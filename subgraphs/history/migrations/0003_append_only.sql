-- The learning history is append-only: records are added, never changed or removed.
CREATE OR REPLACE FUNCTION "history"."refuse_record_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'learning_records is append-only';
END $$;
--> statement-breakpoint
CREATE TRIGGER "learning_records_append_only" BEFORE UPDATE OR DELETE OR TRUNCATE ON "history"."learning_records"
  FOR EACH STATEMENT EXECUTE FUNCTION "history"."refuse_record_change"();
