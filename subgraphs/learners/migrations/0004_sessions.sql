CREATE TYPE "learners"."session_end" AS ENUM('SIGNED_OUT', 'SIGNED_OUT_EVERYWHERE', 'PASSWORD_CHANGED', 'REFRESH_TOKEN_REUSED', 'ACCOUNT_DELETED');--> statement-breakpoint
CREATE TABLE "learners"."refresh_tokens" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"session_id" uuid NOT NULL,
	"issued_at" timestamp with time zone DEFAULT now() NOT NULL,
	"used_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "learners"."sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"learner_id" uuid NOT NULL,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"ended_at" timestamp with time zone,
	"end_reason" "learners"."session_end"
);
--> statement-breakpoint
ALTER TABLE "learners"."refresh_tokens" ADD CONSTRAINT "refresh_tokens_session_id_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "learners"."sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learners"."sessions" ADD CONSTRAINT "sessions_learner_id_learners_id_fk" FOREIGN KEY ("learner_id") REFERENCES "learners"."learners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "refresh_tokens_session_idx" ON "learners"."refresh_tokens" USING btree ("session_id");--> statement-breakpoint
CREATE INDEX "sessions_learner_running_idx" ON "learners"."sessions" USING btree ("learner_id") WHERE "learners"."sessions"."ended_at" is null;--> statement-breakpoint
ALTER TABLE "learners"."sign_in_failures" DROP COLUMN "locked_until";--> statement-breakpoint
-- Throttle keys are hashes from now on: the rows keyed by a raw email or address go.
DELETE FROM "learners"."sign_in_failures";
