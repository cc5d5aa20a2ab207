-- AlterTable
ALTER TABLE "verification_sessions" ADD COLUMN     "collected_data_sent_at" TIMESTAMP(3);
