CREATE TABLE "history"."category_days" (
	"residence_city_id" text NOT NULL,
	"category" "history"."learning_category" NOT NULL,
	"day" date NOT NULL,
	"completions" integer DEFAULT 0 NOT NULL,
	"not_completed" integer DEFAULT 0 NOT NULL,
	"hours" real DEFAULT 0 NOT NULL,
	"credited" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "category_days_residence_city_id_category_day_pk" PRIMARY KEY("residence_city_id","category","day")
);
--> statement-breakpoint
ALTER TABLE "history"."category_days" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "category_days_read" ON "history"."category_days" FOR SELECT USING (true);
--> statement-breakpoint
CREATE POLICY "category_days_write" ON "history"."category_days" FOR ALL
  USING (current_setting('baeumteo.tenant', true) IN ('*', "residence_city_id"))
  WITH CHECK (current_setting('baeumteo.tenant', true) IN ('*', "residence_city_id"));
--> statement-breakpoint
-- The records stored before this rollup existed, added up once (Korea-time days).
INSERT INTO "history"."category_days" ("residence_city_id", "category", "day", "completions", "not_completed", "hours", "credited")
SELECT "residence_city_id", "category", (("occurred_at" AT TIME ZONE 'UTC') + interval '9 hours')::date,
  count(*) FILTER (WHERE "verb" = 'COMPLETED'), count(*) FILTER (WHERE "verb" = 'NOT_COMPLETED'),
  coalesce(sum("hours"), 0), count(*) FILTER (WHERE "hours" > 0)
FROM "history"."learning_records"
WHERE "residence_city_id" IS NOT NULL AND "category" IS NOT NULL AND "verb" <> 'MOVED'
GROUP BY 1, 2, 3;
