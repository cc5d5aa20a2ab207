-- AlterTable
ALTER TABLE "verification_sessions" ADD COLUMN     "consented_at" TIMESTAMP(3);

-- The start page has always asked for consent before it creates a session, so
-- the sessions it created were consented to when they were created. Those an
-- integrator created ask on the capture link's first screen.
UPDATE "verification_sessions" SET "consented_at" = "created_at"
WHERE "id" IN (SELECT "session_id" FROM "session_events" WHERE "type" = 'session.created' AND "actor" = 'end_user');
