CREATE TYPE "learners"."email_token_purpose" AS ENUM('VERIFY_EMAIL', 'PASSWORD_RESET');--> statement-breakpoint
ALTER TYPE "learners"."session_end" ADD VALUE 'PASSWORD_RESET';--> statement-breakpoint
CREATE TABLE "learners"."email_tokens" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"learner_id" uuid NOT NULL,
	"purpose" "learners"."email_token_purpose" NOT NULL,
	"token_hash" text NOT NULL,
	"email" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	CONSTRAINT "email_tokens_hash_key" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "learners"."notice_outbox" (
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
ALTER TABLE "learners"."learners" ADD COLUMN "email_verified_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "learners"."email_tokens" ADD CONSTRAINT "email_tokens_learner_id_learners_id_fk" FOREIGN KEY ("learner_id") REFERENCES "learners"."learners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "email_tokens_learner_idx" ON "learners"."email_tokens" USING btree ("learner_id","purpose");--> statement-breakpoint
CREATE INDEX "notice_outbox_pending_idx" ON "learners"."notice_outbox" USING btree ("created_at","id") WHERE "learners"."notice_outbox"."delivered_at" is null and "learners"."notice_outbox"."parked_at" is null;--> statement-breakpoint
CREATE INDEX "notice_outbox_delivered_idx" ON "learners"."notice_outbox" USING btree ("delivered_at") WHERE "learners"."notice_outbox"."delivered_at" is not null;--> statement-breakpoint
CREATE INDEX "notice_outbox_parked_idx" ON "learners"."notice_outbox" USING btree ("parked_at") WHERE "learners"."notice_outbox"."delivered_at" is null and "learners"."notice_outbox"."parked_at" is not null;