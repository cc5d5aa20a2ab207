-- AlterTable
ALTER TABLE "media_uploads" ADD COLUMN     "client_frame_id" UUID;

-- CreateIndex
CREATE UNIQUE INDEX "media_uploads_session_id_client_frame_id_key" ON "media_uploads"("session_id", "client_frame_id");
