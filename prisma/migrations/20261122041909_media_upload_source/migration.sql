-- CreateEnum
CREATE TYPE "FrameSource" AS ENUM ('camera', 'file', 'integrator');

-- AlterTable
ALTER TABLE "media_uploads" ADD COLUMN     "source" "FrameSource" NOT NULL DEFAULT 'camera';
