-- AlterTable
ALTER TABLE "verification_sessions" ADD COLUMN     "language" VARCHAR(16),
ADD COLUMN     "return_url" VARCHAR(2048);
