-- CreateTable
CREATE TABLE "rate_limits" (
    "key" TEXT NOT NULL,
    "theoretical_arrival_at" TIMESTAMPTZ(6) NOT NULL,
    "last_hit_counted" BOOLEAN NOT NULL,

    CONSTRAINT "rate_limits_pkey" PRIMARY KEY ("key")
);
