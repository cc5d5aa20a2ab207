-- CreateEnum
CREATE TYPE "VerificationStatus" AS ENUM ('created', 'started', 'submitted', 'approved', 'declined', 'resubmission_requested', 'review', 'expired', 'abandoned');

-- CreateEnum
CREATE TYPE "MediaUploadStatus" AS ENUM ('pending', 'acknowledged', 'failed');

-- CreateTable
CREATE TABLE "verification_sessions" (
    "id" UUID NOT NULL,
    "veriff_session_id" TEXT,
    "status" "VerificationStatus" NOT NULL DEFAULT 'created',
    "vendor_data" VARCHAR(1000),
    "end_user_id" UUID,
    "document_type" TEXT,
    "document_country" CHAR(2),
    "capture_token_hash" TEXT,
    "capture_token_expires_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "submitted_at" TIMESTAMP(3),
    "decided_at" TIMESTAMP(3),
    "decision_attempt_id" TEXT,
    "decision_code" INTEGER,
    "decision_reason" TEXT,
    "decision_reason_code" INTEGER,

    CONSTRAINT "verification_sessions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "media_uploads" (
    "id" UUID NOT NULL,
    "session_id" UUID NOT NULL,
    "context" TEXT NOT NULL,
    "status" "MediaUploadStatus" NOT NULL DEFAULT 'pending',
    "veriff_media_id" TEXT,
    "mime_type" TEXT NOT NULL,
    "size_bytes" INTEGER NOT NULL,
    "width" INTEGER,
    "height" INTEGER,
    "sha256" CHAR(64) NOT NULL,
    "error_code" TEXT,
    "upload_ms" INTEGER,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "acknowledged_at" TIMESTAMP(3),

    CONSTRAINT "media_uploads_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "webhook_deliveries" (
    "id" UUID NOT NULL,
    "dedupe_key" CHAR(64) NOT NULL,
    "kind" TEXT NOT NULL,
    "veriff_session_id" TEXT,
    "session_id" UUID,
    "raw_body" TEXT NOT NULL,
    "headers" JSONB NOT NULL,
    "verified_key_index" INTEGER NOT NULL,
    "received_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "processed_at" TIMESTAMP(3),
    "processing_error" TEXT,

    CONSTRAINT "webhook_deliveries_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "session_events" (
    "id" UUID NOT NULL,
    "session_id" UUID NOT NULL,
    "type" TEXT NOT NULL,
    "actor" TEXT NOT NULL,
    "data" JSONB,
    "occurred_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "session_events_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "verification_sessions_veriff_session_id_key" ON "verification_sessions"("veriff_session_id");

-- CreateIndex
CREATE UNIQUE INDEX "verification_sessions_capture_token_hash_key" ON "verification_sessions"("capture_token_hash");

-- CreateIndex
CREATE INDEX "verification_sessions_created_at_id_idx" ON "verification_sessions"("created_at" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "verification_sessions_status_created_at_idx" ON "verification_sessions"("status", "created_at" DESC);

-- CreateIndex
CREATE INDEX "verification_sessions_vendor_data_idx" ON "verification_sessions"("vendor_data");

-- CreateIndex
CREATE INDEX "verification_sessions_end_user_id_idx" ON "verification_sessions"("end_user_id");

-- CreateIndex
CREATE INDEX "media_uploads_session_id_context_idx" ON "media_uploads"("session_id", "context");

-- CreateIndex
CREATE UNIQUE INDEX "webhook_deliveries_dedupe_key_key" ON "webhook_deliveries"("dedupe_key");

-- CreateIndex
CREATE INDEX "webhook_deliveries_session_id_received_at_idx" ON "webhook_deliveries"("session_id", "received_at");

-- CreateIndex
CREATE INDEX "webhook_deliveries_received_at_idx" ON "webhook_deliveries"("received_at" DESC);

-- CreateIndex
CREATE INDEX "session_events_session_id_occurred_at_idx" ON "session_events"("session_id", "occurred_at");

-- AddForeignKey
ALTER TABLE "media_uploads" ADD CONSTRAINT "media_uploads_session_id_fkey" FOREIGN KEY ("session_id") REFERENCES "verification_sessions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "webhook_deliveries_session_id_fkey" FOREIGN KEY ("session_id") REFERENCES "verification_sessions"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "session_events" ADD CONSTRAINT "session_events_session_id_fkey" FOREIGN KEY ("session_id") REFERENCES "verification_sessions"("id") ON DELETE CASCADE ON UPDATE CASCADE;
