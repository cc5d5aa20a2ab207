-- CreateTable
CREATE TABLE "staff_sign_in_throttles" (
    "key" TEXT NOT NULL,
    "account_key" TEXT NOT NULL,
    "failures" INTEGER NOT NULL,
    "window_ends_at" TIMESTAMP(3) NOT NULL,
    "next_attempt_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "staff_sign_in_throttles_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "staff_sign_in_throttles_account_key_idx" ON "staff_sign_in_throttles"("account_key");

-- CreateIndex
CREATE INDEX "staff_sign_in_throttles_window_ends_at_idx" ON "staff_sign_in_throttles"("window_ends_at");

-- The per-account counters kept in Better Auth's table before this table existed: nothing reads them now
DELETE FROM "auth_rate_limits" WHERE "key" LIKE 'account|%';
