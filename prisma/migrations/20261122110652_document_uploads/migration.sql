-- DropIndex
DROP INDEX "document_files_text_status_idx";

-- AlterTable
ALTER TABLE "document_files" ADD COLUMN     "text_attempts" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "text_claimed_at" TIMESTAMPTZ(3),
ADD COLUMN     "text_note" TEXT;

-- CreateIndex
CREATE INDEX "document_files_text_status_text_claimed_at_idx" ON "document_files"("text_status", "text_claimed_at");
