-- AlterTable
ALTER TABLE "events" ADD COLUMN     "cancellation_notice" JSONB,
ADD COLUMN     "cancelled_at" TIMESTAMPTZ(3),
ADD COLUMN     "publish_at" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "meetings" ADD COLUMN     "agenda_version" INTEGER NOT NULL DEFAULT 1;

-- CreateTable
CREATE TABLE "cache_revisions" (
    "id" TEXT NOT NULL,
    "scope" TEXT NOT NULL,
    "revision" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "cache_revisions_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "cache_revisions_scope_key" ON "cache_revisions"("scope");

-- CreateIndex
CREATE INDEX "audit_logs_action_created_at_idx" ON "audit_logs"("action", "created_at");

-- CreateIndex
CREATE INDEX "events_publish_at_idx" ON "events"("publish_at");
