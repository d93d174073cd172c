-- One outbox shape for every producer (packages/contracts): PROFILE-like events have no tenant.
ALTER TABLE "courses"."outbox" ALTER COLUMN "city_id" DROP NOT NULL;