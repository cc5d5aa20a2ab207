#!/usr/bin/env bash
# A client that is not ours: curl and openssl, following Veriff's public
# documentation step by step (create a session, upload a frame signed over the
# uncompressed JSON and sent gzipped, submit, list the media). Only the base
# URL and the credentials are parameters.
# Usage: BASE_URL=... API_KEY=... SHARED_SECRET=... IMAGE=file.jpg flow.sh
set -euo pipefail
api="$BASE_URL/v1"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

hmac() { openssl dgst -sha256 -hmac "$SHARED_SECRET" -hex | sed 's/^.*= //'; }

# 1. Create a session (POST /sessions needs no signature).
curl -sS -o "$work/session.json" -w '%{http_code}\n' -X POST "$api/sessions" \
  -H "X-AUTH-CLIENT: $API_KEY" -H "Content-Type: application/json" \
  --data '{"verification":{"person":{"firstName":"John","lastName":"Smith"},"vendorData":"third-party-client"}}' >&2
session=$(sed -E 's/.*"id":"([^"]+)".*/\1/' "$work/session.json")

# 2. Upload the document front: sign the uncompressed JSON, then gzip it.
printf '{"image":{"context":"document-front","content":"data:image/jpeg;base64,%s"}}' "$(base64 -w0 "$IMAGE")" > "$work/media.json"
signature=$(hmac < "$work/media.json")
gzip -c "$work/media.json" > "$work/media.json.gz"
upload=$(curl -sS -o /dev/null -w '%{http_code}' -X POST "$api/sessions/$session/media" \
  -H "X-AUTH-CLIENT: $API_KEY" -H "X-HMAC-SIGNATURE: $signature" \
  -H "Content-Type: application/json" -H "Content-Encoding: gzip" --data-binary @"$work/media.json.gz")

# 3. Submit.
body='{"verification":{"status":"submitted"}}'
submit=$(curl -sS -o /dev/null -w '%{http_code}' -X PATCH "$api/sessions/$session" \
  -H "X-AUTH-CLIENT: $API_KEY" -H "X-HMAC-SIGNATURE: $(printf '%s' "$body" | hmac)" \
  -H "Content-Type: application/json" --data "$body")

# 4. List the session's media (GET is signed over the session id).
curl -sS -o "$work/media-list.json" -D "$work/media-list.headers" "$api/sessions/$session/media" \
  -H "X-AUTH-CLIENT: $API_KEY" -H "X-HMAC-SIGNATURE: $(printf '%s' "$session" | hmac)"
# A careful client checks the response signature.
expected=$(hmac < "$work/media-list.json")
received=$(grep -i '^x-hmac-signature:' "$work/media-list.headers" | tr -d '\r' | sed 's/^[^:]*: *//')
[ "$expected" = "$received" ] && response_signature=valid || response_signature=invalid

echo "session=$session upload=$upload submit=$submit media=$(grep -o '"context":"[^"]*"' "$work/media-list.json" | tr '\n' ' ') response_signature=$response_signature"
