-- CreateEnum
CREATE TYPE "IntegratorEventState" AS ENUM ('pending', 'delivered', 'failed');

-- AlterTable
ALTER TABLE "verification_sessions" ADD COLUMN     "integrator_event_sequence" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "integrator_events" (
    "id" UUID NOT NULL,
    "session_id" UUID NOT NULL,
    "sequence" INTEGER NOT NULL,
    "type" TEXT NOT NULL,
    "occurred_at" TIMESTAMP(3) NOT NULL,
    "body" JSONB NOT NULL,
    "person" JSONB,
    "state" "IntegratorEventState" NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "next_attempt_at" TIMESTAMP(3) NOT NULL,
    "give_up_at" TIMESTAMP(3) NOT NULL,
    "lease_until" TIMESTAMP(3),
    "lease_token" UUID,
    "last_attempt_at" TIMESTAMP(3),
    "last_status" INTEGER,
    "last_error" TEXT,
    "delivered_at" TIMESTAMP(3),
    "failed_at" TIMESTAMP(3),

    CONSTRAINT "integrator_events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "integrator_delivery_attempts" (
    "id" UUID NOT NULL,
    "event_id" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "started_at" TIMESTAMP(3) NOT NULL,
    "duration_ms" INTEGER NOT NULL,
    "status" INTEGER,
    "error" TEXT,

    CONSTRAINT "integrator_delivery_attempts_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "integrator_events_state_next_attempt_at_idx" ON "integrator_events"("state", "next_attempt_at");

-- CreateIndex
CREATE INDEX "integrator_events_state_last_attempt_at_idx" ON "integrator_events"("state", "last_attempt_at" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "integrator_events_session_id_sequence_key" ON "integrator_events"("session_id", "sequence");

-- CreateIndex
CREATE INDEX "integrator_delivery_attempts_event_id_number_idx" ON "integrator_delivery_attempts"("event_id", "number");

-- AddForeignKey
ALTER TABLE "integrator_events" ADD CONSTRAINT "integrator_events_session_id_fkey" FOREIGN KEY ("session_id") REFERENCES "verification_sessions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "integrator_delivery_attempts" ADD CONSTRAINT "integrator_delivery_attempts_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "integrator_events"("id") ON DELETE CASCADE ON UPDATE CASCADE;
