-- CreateIndex
CREATE UNIQUE INDEX "media_uploads_session_id_veriff_media_id_key" ON "media_uploads"("session_id", "veriff_media_id");
