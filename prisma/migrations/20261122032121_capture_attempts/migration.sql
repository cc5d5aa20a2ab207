-- DropIndex
DROP INDEX "media_uploads_session_id_context_idx";

-- AlterTable (rows from before attempts were tracked belong to the first)
ALTER TABLE "media_uploads" ADD COLUMN     "attempt_number" INTEGER NOT NULL DEFAULT 1;
ALTER TABLE "media_uploads" ALTER COLUMN "attempt_number" DROP DEFAULT;

-- AlterTable
ALTER TABLE "verification_sessions" ADD COLUMN     "attempt_number" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "submit_claimed_at" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "media_uploads_session_id_attempt_number_context_idx" ON "media_uploads"("session_id", "attempt_number", "context");
