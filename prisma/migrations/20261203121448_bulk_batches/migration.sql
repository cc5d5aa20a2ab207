-- CreateEnum
CREATE TYPE "BulkRowState" AS ENUM ('pending', 'created', 'uploaded', 'submitted', 'invalid', 'failed');

-- AlterTable
ALTER TABLE "verification_sessions" ADD COLUMN     "bulk_batch_id" UUID;

-- CreateTable
CREATE TABLE "bulk_batches" (
    "id" UUID NOT NULL,
    "manifest_sha256" CHAR(64) NOT NULL,
    "manifest_name" VARCHAR(255) NOT NULL,
    "row_count" INTEGER NOT NULL,
    "invalid_count" INTEGER NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finished_at" TIMESTAMP(3),

    CONSTRAINT "bulk_batches_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "bulk_rows" (
    "id" UUID NOT NULL,
    "batch_id" UUID NOT NULL,
    "row_number" INTEGER NOT NULL,
    "row_sha256" CHAR(64) NOT NULL,
    "state" "BulkRowState" NOT NULL DEFAULT 'pending',
    "session_id" UUID,
    "image_count" INTEGER NOT NULL DEFAULT 0,
    "images_uploaded" INTEGER NOT NULL DEFAULT 0,
    "error_code" TEXT,
    "error_message" VARCHAR(1000),
    "tries" INTEGER NOT NULL DEFAULT 0,
    "next_attempt_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lease_until" TIMESTAMP(3),
    "lease_token" UUID,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "submitted_at" TIMESTAMP(3),

    CONSTRAINT "bulk_rows_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "bulk_batches_manifest_sha256_key" ON "bulk_batches"("manifest_sha256");

-- CreateIndex
CREATE INDEX "bulk_batches_created_at_id_idx" ON "bulk_batches"("created_at" DESC, "id" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "bulk_rows_session_id_key" ON "bulk_rows"("session_id");

-- CreateIndex
CREATE INDEX "bulk_rows_batch_id_state_next_attempt_at_idx" ON "bulk_rows"("batch_id", "state", "next_attempt_at");

-- CreateIndex
CREATE UNIQUE INDEX "bulk_rows_batch_id_row_number_key" ON "bulk_rows"("batch_id", "row_number");

-- CreateIndex
CREATE INDEX "verification_sessions_bulk_batch_id_idx" ON "verification_sessions"("bulk_batch_id");

-- AddForeignKey
ALTER TABLE "verification_sessions" ADD CONSTRAINT "verification_sessions_bulk_batch_id_fkey" FOREIGN KEY ("bulk_batch_id") REFERENCES "bulk_batches"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "bulk_rows" ADD CONSTRAINT "bulk_rows_batch_id_fkey" FOREIGN KEY ("batch_id") REFERENCES "bulk_batches"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "bulk_rows" ADD CONSTRAINT "bulk_rows_session_id_fkey" FOREIGN KEY ("session_id") REFERENCES "verification_sessions"("id") ON DELETE SET NULL ON UPDATE CASCADE;
