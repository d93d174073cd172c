-- The service logs in as its own role, baeumteo_notifications: granted this schema only, owning
-- no table. Contacts and phone numbers are personal data: no other service's role reaches them.
DO $$ BEGIN
  CREATE ROLE baeumteo_notifications LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
END $$;
--> statement-breakpoint
GRANT USAGE ON SCHEMA "notifications" TO baeumteo_notifications;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA "notifications" TO baeumteo_notifications;
--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA "notifications" GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO baeumteo_notifications;
--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA "notifications" GRANT USAGE, SELECT ON SEQUENCES TO baeumteo_notifications;
