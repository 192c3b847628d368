-- Registrations keep the organisation as submitted (no shared organisations table a public form
-- could overwrite); the outbox stores rendered messages; rate-limiter-flexible gets its table.
-- No code wrote registrations, periods, organisations or outbox rows before this migration, so
-- the NOT NULL columns without defaults meet empty tables.
-- AlterEnum
ALTER TYPE "outbox_status" ADD VALUE 'HELD';

-- DropForeignKey
ALTER TABLE "registrations" DROP CONSTRAINT "registrations_organisation_id_fkey";

-- DropIndex
DROP INDEX "registrations_organisation_id_idx";

-- AlterTable
ALTER TABLE "outbox_messages" ADD COLUMN     "claimed_at" TIMESTAMPTZ(3),
ADD COLUMN     "html_body" TEXT NOT NULL,
ADD COLUMN     "registration_id" TEXT,
ADD COLUMN     "subject" TEXT NOT NULL,
ADD COLUMN     "text_body" TEXT NOT NULL,
ALTER COLUMN "data" SET DEFAULT '{}';

-- AlterTable
ALTER TABLE "registration_periods" ADD COLUMN     "anonymised_at" TIMESTAMPTZ(3),
ADD COLUMN     "scope_key" TEXT NOT NULL;

-- AlterTable
ALTER TABLE "registrations" DROP COLUMN "organisation_id",
ADD COLUMN     "anonymised_at" TIMESTAMPTZ(3),
ADD COLUMN     "country_code" CHAR(2) NOT NULL,
ADD COLUMN     "ecosoc_status" "ecosoc_status" NOT NULL DEFAULT 'NONE',
ADD COLUMN     "non_objection_decided_at" TIMESTAMPTZ(3),
ADD COLUMN     "organisation_description" TEXT,
ADD COLUMN     "organisation_key" TEXT NOT NULL,
ADD COLUMN     "organisation_name" TEXT NOT NULL,
ADD COLUMN     "organisation_type" "organisation_type" NOT NULL,
ADD COLUMN     "representative_count" INTEGER NOT NULL,
ADD COLUMN     "website_url" TEXT;

-- DropTable
DROP TABLE "organisations";

-- CreateTable
CREATE TABLE "rate_limit_counters" (
    "key" VARCHAR(255) NOT NULL,
    "points" INTEGER NOT NULL DEFAULT 0,
    "expire" BIGINT,

    CONSTRAINT "rate_limit_counters_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "outbox_messages_registration_id_idx" ON "outbox_messages"("registration_id");

-- CreateIndex
CREATE INDEX "outbox_messages_created_at_idx" ON "outbox_messages"("created_at");

-- CreateIndex
CREATE UNIQUE INDEX "registration_periods_scope_key_key" ON "registration_periods"("scope_key");

-- CreateIndex
CREATE INDEX "registrations_organisation_key_idx" ON "registrations"("organisation_key");

-- CreateIndex
CREATE INDEX "registrations_status_confirm_token_expires_at_idx" ON "registrations"("status", "confirm_token_expires_at");

-- AddForeignKey
ALTER TABLE "outbox_messages" ADD CONSTRAINT "outbox_messages_registration_id_fkey" FOREIGN KEY ("registration_id") REFERENCES "registrations"("id") ON DELETE SET NULL ON UPDATE CASCADE;
