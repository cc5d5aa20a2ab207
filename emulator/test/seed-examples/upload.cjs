// Veriff's Node.js media-upload example, verbatim from its media-upload documentation
// ("Media compression support info"). The test substitutes only the URL, key, secret and session id.
const crypto = require('crypto');
const fs = require('fs');
const zlib = require('zlib');
const https = require('https');

const API_KEY = 'your-api-key';
const SHARED_SECRET = 'your-shared-secret';
const SESSION_ID = 'your-session-id';
const BASE_URL = 'stationapi.veriff.com';

// Read and encode image
const imageBytes = fs.readFileSync('document_front.jpg');
const b64Content = imageBytes.toString('base64');

// Step 1–2: Build and serialize the JSON payload
const payload = {
  image: {
    context: 'document-front',
    content: `data:image/jpeg;base64,${b64Content}`,
  },
};
const payloadBytes = Buffer.from(JSON.stringify(payload));

// Step 3: Sign the UNCOMPRESSED payload
const signature = crypto
  .createHmac('sha256', SHARED_SECRET)
  .update(payloadBytes)
  .digest('hex');

// Step 4: Compress
const compressed = zlib.gzipSync(payloadBytes);

// Step 5: Send with Content-Encoding: gzip
const req = https.request(
  {
    hostname: BASE_URL,
    path: `/v1/sessions/${SESSION_ID}/media`,
    method: 'POST',
    headers: {
      'X-AUTH-CLIENT': API_KEY,
      'X-HMAC-SIGNATURE': signature,
      'Content-Type': 'application/json',
      'Content-Encoding': 'gzip',
      'Content-Length': compressed.length,
    },
  },
  (res) => {
    let body = '';
    res.on('data', (chunk) => (body += chunk));
    res.on('end', () => console.log(res.statusCode, body));
  }
);
req.write(compressed);
req.end();
