CREATE TABLE "history"."notice_outbox" (
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
CREATE INDEX "notice_outbox_pending_idx" ON "history"."notice_outbox" USING btree ("created_at","id") WHERE "history"."notice_outbox"."delivered_at" is null and "history"."notice_outbox"."parked_at" is null;--> statement-breakpoint
CREATE INDEX "notice_outbox_delivered_idx" ON "history"."notice_outbox" USING btree ("delivered_at") WHERE "history"."notice_outbox"."delivered_at" is not null;--> statement-breakpoint
CREATE INDEX "notice_outbox_parked_idx" ON "history"."notice_outbox" USING btree ("parked_at") WHERE "history"."notice_outbox"."delivered_at" is null and "history"."notice_outbox"."parked_at" is not null;--> statement-breakpoint
-- Tenant data like history's certificates: written only under its city's tenant or the province's
-- (ingestion, which issues certificates, writes as the province).
ALTER TABLE "history"."notice_outbox" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "notice_outbox_read" ON "history"."notice_outbox" FOR SELECT USING (true);
--> statement-breakpoint
CREATE POLICY "notice_outbox_write" ON "history"."notice_outbox" FOR ALL
  USING (current_setting('baeumteo.tenant', true) IN ('*', "city_id"))
  WITH CHECK (current_setting('baeumteo.tenant', true) IN ('*', "city_id"));
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON "history"."notice_outbox" TO baeumteo_history;
