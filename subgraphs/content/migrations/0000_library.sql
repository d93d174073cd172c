CREATE SCHEMA "content";
--> statement-breakpoint
CREATE TYPE "content"."content_kind" AS ENUM('VIDEO', 'MOOC', 'YOUTUBE', 'DOCUMENT');--> statement-breakpoint
CREATE TYPE "content"."content_level" AS ENUM('BEGINNER', 'INTERMEDIATE', 'ADVANCED');--> statement-breakpoint
CREATE TYPE "content"."learning_category" AS ENUM('ADULT_LITERACY', 'ACADEMIC_SUPPLEMENT', 'VOCATIONAL', 'CULTURE_ARTS', 'HUMANITIES', 'CIVIC_PARTICIPATION');--> statement-breakpoint
CREATE TYPE "content"."locale" AS ENUM('KO', 'EN', 'ZH', 'VI');--> statement-breakpoint
CREATE TABLE "content"."contents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title_ko" text NOT NULL,
	"title_en" text,
	"title_zh" text,
	"title_vi" text,
	"description_ko" text NOT NULL,
	"description_en" text,
	"kind" "content"."content_kind" NOT NULL,
	"provider" text NOT NULL,
	"city_id" text,
	"duration_minutes" integer NOT NULL,
	"level" "content"."content_level" NOT NULL,
	"category" "content"."learning_category" NOT NULL,
	"languages" "content"."locale"[] NOT NULL,
	"url" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "content"."learning_path_steps" (
	"path_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"content_id" uuid NOT NULL,
	CONSTRAINT "learning_path_steps_pkey" PRIMARY KEY("path_id","position")
);
--> statement-breakpoint
CREATE TABLE "content"."learning_paths" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title_ko" text NOT NULL,
	"title_en" text,
	"level" "content"."content_level" NOT NULL,
	"position" integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE "content"."learning_path_steps" ADD CONSTRAINT "learning_path_steps_path_id_learning_paths_id_fk" FOREIGN KEY ("path_id") REFERENCES "content"."learning_paths"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "content"."learning_path_steps" ADD CONSTRAINT "learning_path_steps_content_id_contents_id_fk" FOREIGN KEY ("content_id") REFERENCES "content"."contents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "contents_title_idx" ON "content"."contents" USING btree ("title_ko","id");--> statement-breakpoint
CREATE INDEX "contents_category_idx" ON "content"."contents" USING btree ("category");