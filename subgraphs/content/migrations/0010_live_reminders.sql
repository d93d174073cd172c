CREATE TABLE "content"."live_reminders" (
	"session_id" uuid NOT NULL,
	"learner_id" uuid NOT NULL,
	"requested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"queued_at" timestamp with time zone,
	CONSTRAINT "live_reminders_pkey" PRIMARY KEY("session_id","learner_id")
);
--> statement-breakpoint
CREATE TABLE "content"."notice_outbox" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"verb" text NOT NULL,
	"city_id" text,
	"payload" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"delivered_at" timestamp with time zone,
	"claimed_until" timestamp with time zone,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_error" text,
	"parked_at" timestamp with time zone,
	"traceparent" text
);
--> statement-breakpoint
ALTER TABLE "content"."live_reminders" ADD CONSTRAINT "live_reminders_session_id_live_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "content"."live_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "live_reminders_pending_idx" ON "content"."live_reminders" USING btree ("session_id") WHERE "content"."live_reminders"."queued_at" is null;--> statement-breakpoint
CREATE INDEX "notice_outbox_pending_idx" ON "content"."notice_outbox" USING btree ("created_at","id") WHERE "content"."notice_outbox"."delivered_at" is null and "content"."notice_outbox"."parked_at" is null;--> statement-breakpoint
CREATE INDEX "notice_outbox_delivered_idx" ON "content"."notice_outbox" USING btree ("delivered_at") WHERE "content"."notice_outbox"."delivered_at" is not null;--> statement-breakpoint
CREATE INDEX "notice_outbox_parked_idx" ON "content"."notice_outbox" USING btree ("parked_at") WHERE "content"."notice_outbox"."delivered_at" is null and "content"."notice_outbox"."parked_at" is not null;--> statement-breakpoint
-- Tenant data like the learning-event outbox: written only under its city's tenant (the live
-- session's host) or the province's (the reminder worker, across cities).
ALTER TABLE "content"."notice_outbox" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "notice_outbox_read" ON "content"."notice_outbox" FOR SELECT USING (true);
--> statement-breakpoint
CREATE POLICY "notice_outbox_write" ON "content"."notice_outbox" FOR ALL
  USING (current_setting('baeumteo.tenant', true) IN ('*', "city_id"))
  WITH CHECK (current_setting('baeumteo.tenant', true) IN ('*', "city_id"));
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON "content"."notice_outbox" TO baeumteo_content;
--> statement-breakpoint
-- A learner's own wish, like their seat in live_attendees: no city's data, so no tenant policy.
GRANT SELECT, INSERT, UPDATE, DELETE ON "content"."live_reminders" TO baeumteo_content;
