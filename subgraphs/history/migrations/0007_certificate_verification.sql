ALTER TABLE "history"."certificates" ADD COLUMN "verification_code" text;--> statement-breakpoint
-- Certificates issued before verification codes get one here: 32 hex digits of a random UUID
-- (122 random bits; new codes are 80 bits of crypto.randomBytes in base32). Hex digits are base32
-- digits, so both are compared alike (rules/verificationCode.ts).
UPDATE "history"."certificates" SET "verification_code" = upper(replace(gen_random_uuid()::text, '-', '')) WHERE "verification_code" IS NULL;--> statement-breakpoint
ALTER TABLE "history"."certificates" ALTER COLUMN "verification_code" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "history"."certificates" ADD COLUMN "subject_id" uuid DEFAULT gen_random_uuid() NOT NULL;
