CREATE TABLE "content"."content_progress" (
	"learner_id" uuid NOT NULL,
	"content_id" uuid NOT NULL,
	"position_seconds" integer NOT NULL,
	"completed_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "content_progress_pkey" PRIMARY KEY("learner_id","content_id")
);
--> statement-breakpoint
CREATE TABLE "content"."featured_contents" (
	"city_id" text NOT NULL,
	"position" integer NOT NULL,
	"content_id" uuid NOT NULL,
	CONSTRAINT "featured_contents_pkey" PRIMARY KEY("city_id","position")
);
--> statement-breakpoint
CREATE TABLE "content"."live_attendees" (
	"session_id" uuid NOT NULL,
	"learner_id" uuid NOT NULL,
	"participant" uuid DEFAULT gen_random_uuid() NOT NULL,
	"joined_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "live_attendees_pkey" PRIMARY KEY("session_id","learner_id")
);
--> statement-breakpoint
CREATE TABLE "content"."live_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"host_city_id" text NOT NULL,
	"title_ko" text NOT NULL,
	"title_en" text,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"capacity" integer NOT NULL,
	"attendee_count" integer DEFAULT 0 NOT NULL,
	"room" text NOT NULL,
	CONSTRAINT "live_sessions_seats_check" CHECK ("content"."live_sessions"."attendee_count" between 0 and "content"."live_sessions"."capacity")
);
--> statement-breakpoint
CREATE TABLE "content"."outbox" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"payload" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"delivered_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "content"."contents" ADD COLUMN "description_zh" text;--> statement-breakpoint
ALTER TABLE "content"."contents" ADD COLUMN "description_vi" text;--> statement-breakpoint
ALTER TABLE "content"."content_progress" ADD CONSTRAINT "content_progress_content_id_contents_id_fk" FOREIGN KEY ("content_id") REFERENCES "content"."contents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "content"."featured_contents" ADD CONSTRAINT "featured_contents_content_id_contents_id_fk" FOREIGN KEY ("content_id") REFERENCES "content"."contents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "content"."live_attendees" ADD CONSTRAINT "live_attendees_session_id_live_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "content"."live_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "content_progress_learner_idx" ON "content"."content_progress" USING btree ("learner_id","updated_at" DESC NULLS LAST,"content_id");--> statement-breakpoint
CREATE INDEX "live_sessions_ends_idx" ON "content"."live_sessions" USING btree ("ends_at","starts_at");--> statement-breakpoint
CREATE INDEX "outbox_pending_idx" ON "content"."outbox" USING btree ("created_at") WHERE "content"."outbox"."delivered_at" is null;