-- AlterTable
ALTER TABLE "verification_sessions" ADD COLUMN     "accepted_at" TIMESTAMP(3),
ADD COLUMN     "decision_data" JSONB,
ADD COLUMN     "document_number" TEXT,
ADD COLUMN     "document_valid_until" TEXT,
ADD COLUMN     "person_date_of_birth" TEXT,
ADD COLUMN     "person_first_name" TEXT,
ADD COLUMN     "person_id_number" TEXT,
ADD COLUMN     "person_last_name" TEXT;

-- AlterTable
ALTER TABLE "webhook_deliveries" ADD COLUMN     "attempt_id" TEXT;

-- CreateIndex
CREATE INDEX "webhook_deliveries_veriff_session_id_idx" ON "webhook_deliveries"("veriff_session_id");
