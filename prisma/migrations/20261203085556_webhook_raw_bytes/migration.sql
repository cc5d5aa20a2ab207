-- Webhook bodies are kept as the bytes Veriff signed, so a delivery that is not
-- valid text (a NUL byte, broken UTF-8) is stored too. The bodies stored so far
-- are UTF-8 text and keep their bytes.
ALTER TABLE "webhook_deliveries" ALTER COLUMN "raw_body" SET DATA TYPE BYTEA USING convert_to("raw_body", 'UTF8');
