-- Uploads made before media_uploads.source existed were all labelled 'camera'
-- by its default. Those an integrator sent are known from their timeline event.
UPDATE "media_uploads" SET "source" = 'integrator'
WHERE "id" IN (
  SELECT ("data"->>'uploadId')::uuid FROM "session_events"
  WHERE "actor" = 'integrator' AND "type" IN ('frame.acknowledged', 'nfc.acknowledged') AND "data" ? 'uploadId'
);
