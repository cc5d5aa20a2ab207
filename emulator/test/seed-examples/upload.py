# Veriff's Python media-upload example, verbatim from its media-upload documentation
# ("Media compression support info"). The test substitutes only the URL, key, secret and session id.
import base64
import gzip
import hashlib
import hmac
import json
import requests

API_KEY = "your-api-key"
SHARED_SECRET = "your-shared-secret"
SESSION_ID = "your-session-id"
BASE_URL = "https://stationapi.veriff.com"

# Read and encode image
with open("document_front.jpg", "rb") as f:
    image_bytes = f.read()
b64_content = base64.b64encode(image_bytes).decode("utf-8")

# Step 1–2: Build and serialize the JSON payload
payload = {
    "image": {
        "context": "document-front",
        "content": f"data:image/jpeg;base64,{b64_content}",
    }
}
payload_bytes = json.dumps(payload, separators=(",", ":")).encode("utf-8")

# Step 3: Sign the UNCOMPRESSED payload
signature = hmac.new(
    SHARED_SECRET.encode("utf-8"),
    payload_bytes,
    hashlib.sha256,
).hexdigest()

# Step 4: Compress
compressed = gzip.compress(payload_bytes)

# Step 5: Send with Content-Encoding: gzip
response = requests.post(
    f"{BASE_URL}/v1/sessions/{SESSION_ID}/media",
    data=compressed,                        # raw bytes, not json=
    headers={
        "X-AUTH-CLIENT": API_KEY,
        "X-HMAC-SIGNATURE": signature,
        "Content-Type": "application/json",
        "Content-Encoding": "gzip",
    },
)
print(response.status_code, response.json())
