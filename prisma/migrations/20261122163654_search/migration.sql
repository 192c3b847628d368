-- CreateEnum
CREATE TYPE "search_entity_type" AS ENUM ('MEETING', 'AGENDA_ITEM', 'DOCUMENT');

-- CreateTable
CREATE TABLE "search_entries" (
    "id" TEXT NOT NULL,
    "entity_type" "search_entity_type" NOT NULL,
    "entity_id" TEXT NOT NULL,
    "language" "language" NOT NULL,
    "title" TEXT NOT NULL,
    "symbol" TEXT,
    "symbol_key" TEXT,
    "body" TEXT NOT NULL,
    "path" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "event_slug" TEXT,
    "year" INTEGER,
    "sort_date" TIMESTAMPTZ(3),
    "fingerprint" TEXT NOT NULL,
    "document" tsvector NOT NULL,
    "rank_document" tsvector NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "search_entries_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "search_entries_document_idx" ON "search_entries" USING GIN ("document");

-- CreateIndex
CREATE INDEX "search_entries_symbol_key_idx" ON "search_entries"("symbol_key");

-- CreateIndex
CREATE UNIQUE INDEX "search_entries_entity_id_entity_type_language_key" ON "search_entries"("entity_id", "entity_type", "language");
