-- AlterTable
ALTER TABLE "verification_sessions" ADD COLUMN     "purged_at" TIMESTAMP(3),
ADD COLUMN     "reconciled_at" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "verification_sessions_status_submitted_at_idx" ON "verification_sessions"("status", "submitted_at");

-- CreateIndex
CREATE INDEX "verification_sessions_status_decided_at_idx" ON "verification_sessions"("status", "decided_at");
