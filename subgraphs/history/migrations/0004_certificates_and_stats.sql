CREATE TABLE "history"."certificate_serials" (
	"year" integer NOT NULL,
	"city_id" text NOT NULL,
	"last" integer NOT NULL,
	CONSTRAINT "certificate_serials_year_city_id_pk" PRIMARY KEY("year","city_id")
);
--> statement-breakpoint
CREATE TABLE "history"."city_days" (
	"residence_city_id" text NOT NULL,
	"day" date NOT NULL,
	"enrollments" integer DEFAULT 0 NOT NULL,
	"completions" integer DEFAULT 0 NOT NULL,
	"not_completed" integer DEFAULT 0 NOT NULL,
	"hours" real DEFAULT 0 NOT NULL,
	CONSTRAINT "city_days_residence_city_id_day_pk" PRIMARY KEY("residence_city_id","day")
);
--> statement-breakpoint
CREATE TABLE "history"."holders" (
	"learner_id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "history"."learner_years" (
	"residence_city_id" text NOT NULL,
	"year" integer NOT NULL,
	"learner_id" uuid NOT NULL,
	"days" bit(366) NOT NULL,
	CONSTRAINT "learner_years_residence_city_id_year_learner_id_pk" PRIMARY KEY("residence_city_id","year","learner_id")
);
--> statement-breakpoint
ALTER TABLE "history"."certificates" ADD COLUMN "course_title_en" text;--> statement-breakpoint
ALTER TABLE "history"."certificates" ADD COLUMN "record_id" uuid;--> statement-breakpoint
ALTER TABLE "history"."learning_records" ADD COLUMN "residence_city_id" text;--> statement-breakpoint
CREATE INDEX "certificates_learner_idx" ON "history"."certificates" USING btree ("learner_id","issued_at");--> statement-breakpoint
CREATE INDEX "learning_records_time_idx" ON "history"."learning_records" USING btree ("occurred_at");--> statement-breakpoint
ALTER TABLE "history"."certificates" ADD CONSTRAINT "certificates_record_key" UNIQUE("record_id");