CREATE SCHEMA "learners";
--> statement-breakpoint
CREATE TYPE "learners"."city_kind" AS ENUM('PROVINCE', 'CITY', 'COUNTY');--> statement-breakpoint
CREATE TYPE "learners"."locale" AS ENUM('KO', 'EN', 'ZH', 'VI');--> statement-breakpoint
CREATE TABLE "learners"."cities" (
	"id" text PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"name_ko" text NOT NULL,
	"name_en" text NOT NULL,
	"kind" "learners"."city_kind" NOT NULL,
	"population" integer NOT NULL,
	"site_name" text NOT NULL,
	"primary_color" text NOT NULL,
	"logo_url" text,
	"default_locale" "learners"."locale" DEFAULT 'KO' NOT NULL,
	"locales" "learners"."locale"[] NOT NULL,
	CONSTRAINT "cities_code_key" UNIQUE("code")
);
