// npm run bench (uplink-bytes): the bytes one frame costs on the end-user's
// uplink. Ours is what lib/capture/browser/upload-frame.ts sends: the JPEG as
// the raw request body (Content-Type image/jpeg). The baseline is the usual
// way, the same frame as base64 in a JSON body (as Veriff's own media API
// takes it). Both go over real HTTP to a server here that counts every byte
// its socket read (request line, headers and body), one connection each, with
// the headers Chromium adds to an XHR from the capture page, so the figure is
// what crosses the wire, not the body alone. Browsers do not compress request
// bodies, so neither is compressed.
// Writes bench/results/uplink-bytes.{json,md}; exits 1 if the target is missed.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { documentPhotoJpeg } from "./document-photo";
import { type Verdict, machine, machineLine, round, writeResults } from "./report";

const TARGET_RATIO = 1.01;
const started = machine();
// What Chromium 14x sends with an XHR POST from the capture page (cookies: none, the token is in the path).
const BROWSER_HEADERS = {
  "user-agent":
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Mobile Safari/537.36",
  accept: "*/*",
  "accept-language": "en-US,en;q=0.9",
  "accept-encoding": "gzip, deflate, br, zstd",
  origin: "https://verify.example.com",
  referer: "https://verify.example.com/capture/AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_AbCdE",
  "sec-ch-ua": '"Chromium";v="140", "Not=A?Brand";v="24", "Google Chrome";v="140"',
  "sec-ch-ua-mobile": "?1",
  "sec-ch-ua-platform": '"Android"',
  "sec-fetch-site": "same-origin",
  "sec-fetch-mode": "cors",
  "sec-fetch-dest": "empty",
};
const TOKEN = "AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_AbCdE";
const FRAME_ID = "0b6f3a4e-8d1c-4f5e-9a7b-2c3d4e5f6a7b";

const frames = [
  { name: "document, 1920x1080 q90", jpeg: documentPhotoJpeg(1920, 1080, 90) },
  { name: "document, 1920x1080 q85 (~400 KB)", jpeg: documentPhotoJpeg(1920, 1080, 85) },
  { name: "face, 720x960 q86", jpeg: documentPhotoJpeg(720, 960, 86) },
];

// Counts what each connection's socket read, once its request has been read in full.
const counted: number[] = [];
const server = http.createServer((request, response) => {
  request.resume();
  request.on("end", () => {
    counted.push(request.socket.bytesRead);
    response.writeHead(201, { "content-type": "application/json", connection: "close" }).end("{}");
  });
});
await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
const port = (server.address() as AddressInfo).port;

async function wireBytes(path: string, contentType: string, body: Buffer | string): Promise<number> {
  const before = counted.length;
  await new Promise<void>((resolve, reject) => {
    const request = http.request(
      {
        host: "127.0.0.1",
        port,
        path,
        method: "POST",
        agent: false, // a connection of its own: its socket's bytes are this request's
        headers: {
          host: "verify.example.com",
          ...BROWSER_HEADERS,
          "content-type": contentType,
          "content-length": Buffer.byteLength(body),
        },
      },
      (response) => response.resume().on("end", resolve),
    );
    request.on("error", reject);
    request.end(body);
  });
  if (counted.length !== before + 1) throw new Error("the server did not count the request");
  return counted[before]!;
}

const rows = [];
for (const frame of frames) {
  const query = `context=document-front&frame=${FRAME_ID}`;
  const ours = await wireBytes(`/api/capture/${TOKEN}/frames?${query}`, "image/jpeg", frame.jpeg);
  const json = JSON.stringify({
    context: "document-front",
    frame: FRAME_ID,
    image: `data:image/jpeg;base64,${frame.jpeg.toString("base64")}`,
  });
  const base64Json = await wireBytes(`/api/capture/${TOKEN}/frames`, "application/json", json);
  rows.push({
    frame: frame.name,
    jpegBytes: frame.jpeg.length,
    oursBytes: ours,
    base64JsonBytes: base64Json,
    oursRatio: round(ours / frame.jpeg.length, 4),
    base64JsonRatio: round(base64Json / frame.jpeg.length, 4),
  });
}
server.close();

const worst = Math.max(...rows.map((row) => row.oursRatio));
const met = worst <= TARGET_RATIO;
const main = rows[0]!;
const verdicts: Verdict[] = [
  {
    benchmark: "uplink-bytes",
    measure: "bytes on the uplink per frame (request line, headers, body) / the JPEG's size",
    ours: `${main.oursRatio}x (${main.oursBytes} B for a ${main.jpegBytes} B JPEG); worst frame ${worst}x`,
    baseline: `${main.base64JsonRatio}x (base64 in JSON)`,
    target: `<= ${TARGET_RATIO}x`,
    met,
    missed: met
      ? undefined
      : "The request's headers weigh more than 1 % of a small frame. Next: fewer or shorter headers on the upload.",
  },
];
const markdown = `# uplink-bytes benchmark

What one frame costs on the end-user's uplink: ours sends the JPEG as the raw
request body (\`lib/capture/browser/upload-frame.ts\`, Content-Type image/jpeg); the
baseline sends the same frame as base64 inside JSON. Both over real HTTP, one
connection each, to a server that counts every byte its socket read (request
line, headers and body), with the headers Chromium adds to an XHR from the
capture page. Synthetic document photos (\`bench/document-photo.ts\`).
${machineLine(started)}
Re-run with \`npm run bench\`.

| frame | JPEG bytes | ours on the wire | ours / JPEG | base64 JSON on the wire | base64 JSON / JPEG |
|---|---|---|---|---|---|
${rows.map((r) => `| ${r.frame} | ${r.jpegBytes} | ${r.oursBytes} | ${r.oursRatio}x | ${r.base64JsonBytes} | ${r.base64JsonRatio}x |`).join("\n")}

Target (issue 16: at most ${TARGET_RATIO}x the JPEG's own size): **${met ? "met" : "not met"}** (worst ${worst}x).
Not counted: TCP/IP and TLS framing, the same for both (about 2-3 % more on the wire for either).
`;
writeResults("uplink-bytes", { machine: started, verdicts, rows }, markdown);
process.exit(met ? 0 : 1);
