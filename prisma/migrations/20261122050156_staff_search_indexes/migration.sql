-- DropIndex
DROP INDEX "verification_sessions_end_user_id_idx";

-- DropIndex
DROP INDEX "verification_sessions_vendor_data_idx";

-- CreateIndex
CREATE INDEX "verification_sessions_vendor_data_created_at_id_idx" ON "verification_sessions"("vendor_data", "created_at" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "verification_sessions_end_user_id_created_at_id_idx" ON "verification_sessions"("end_user_id", "created_at" DESC, "id" DESC);
