-- CreateEnum
CREATE TYPE "ProofOfAddress" AS ENUM ('none', 'with_identity', 'only');

-- AlterTable
ALTER TABLE "media_uploads" ADD COLUMN     "both_sides" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "verification_sessions" ADD COLUMN     "proof_of_address" "ProofOfAddress" NOT NULL DEFAULT 'none';
