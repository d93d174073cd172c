CREATE TABLE "history"."access_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"subject_id" uuid NOT NULL,
	"actor_id" uuid,
	"actor_role" text,
	"action" text NOT NULL,
	"ip" text,
	"correlation_id" text
);
--> statement-breakpoint
CREATE INDEX "access_log_subject_idx" ON "history"."access_log" USING btree ("subject_id","at");