-- AlterTable
ALTER TABLE "documents" ADD COLUMN     "languages" "language"[] DEFAULT ARRAY[]::"language"[];
