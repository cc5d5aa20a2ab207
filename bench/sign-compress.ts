// npm run bench (sign-compress): our media-upload path against the recipe of
// Veriff's own examples (HMAC-SHA256 + zlib's default gzip, synchronously), on
// the same 1920x1080 JPEG body, in one run, interleaved. Ours is measured as
// production runs it (lib/veriff/compress.ts: Huffman-only chunks on the
// thread pool while the HMAC is computed), next to the single-stream gzip it
// replaced, in wall-clock time and in CPU time of the whole process (all
// threads), so that moving work to other threads is seen for what it is.
// Each output is checked first by gunzip -t and by Python's zlib: one gzip
// member, whose bytes are exactly those whose HMAC was sent.
// Writes bench/results/sign-compress.{json,md}; exits 1 if the target is missed.
import { spawnSync } from "node:child_process";
import crypto from "node:crypto";
import { promisify } from "node:util";
import zlib from "node:zlib";
import { UPLOAD_GZIP_CHUNKS, UPLOAD_GZIP_OPTIONS, signAndGzip } from "../lib/veriff/compress";
import { sign } from "../lib/veriff/signature";
import { documentPhotoJpeg } from "./document-photo";
import { QUICK, type Verdict, machine, machineLine, quantile, round, writeResults } from "./report";

const FRAMES = QUICK ? 15 : 80;
const WARMUP = QUICK ? 3 : 10;
const TARGET_SPEEDUP = 4;
const TARGET_MAX_BYTES_RATIO = 1.006;
const SECRET = "benchmark-shared-secret-0000000001";
const gzipAsync = promisify(zlib.gzip);
const started = machine();

const photo = documentPhotoJpeg();
const body = Buffer.from(
  JSON.stringify({
    image: { context: "document-front", content: `data:image/jpeg;base64,${photo.toString("base64")}` },
  }),
);

type Output = { signature: string; compressed: Buffer };
const hmac = () => crypto.createHmac("sha256", SECRET).update(body).digest("hex");
// "seed" is the Node.js example's recipe (zlib.gzipSync: level 6), the one the
// target is judged against; "seedPython" is the Python example's
// (gzip.compress: compresslevel 9), for reference; "single" is the path this
// replaced (one Huffman-only gzip on the thread pool).
const recipes = {
  ours: () => signAndGzip(SECRET, body),
  single: async (): Promise<Output> => {
    const compressing = gzipAsync(body, { ...UPLOAD_GZIP_OPTIONS, chunkSize: body.length + 1024 });
    const signature = hmac();
    return { signature, compressed: await compressing };
  },
  seed: async (): Promise<Output> => ({ signature: hmac(), compressed: zlib.gzipSync(body) }),
  seedPython: async (): Promise<Output> => ({ signature: hmac(), compressed: zlib.gzipSync(body, { level: 9 }) }),
} satisfies Record<string, () => Promise<Output>>;
type Name = keyof typeof recipes;
const names = Object.keys(recipes) as Name[];

const outputs = {} as Record<Name, Output>;
for (const name of names) {
  outputs[name] = await recipes[name]();
  verifyWithOtherTools(name, outputs[name]);
}

const samples = Object.fromEntries(
  names.map((name) => [name, { wall: [] as number[], cpu: [] as number[] }]),
) as Record<Name, { wall: number[]; cpu: number[] }>;
for (let frame = 0; frame < WARMUP + FRAMES; frame++) {
  // Rotate which goes first so that none always runs on a warmer cache.
  const shift = frame % names.length;
  for (const name of [...names.slice(shift), ...names.slice(0, shift)]) {
    const cpuBefore = process.cpuUsage();
    const startedAt = process.hrtime.bigint();
    await recipes[name]();
    const wall = Number(process.hrtime.bigint() - startedAt) / 1e6;
    const cpu = process.cpuUsage(cpuBefore);
    if (frame >= WARMUP) {
      samples[name].wall.push(wall);
      samples[name].cpu.push((cpu.user + cpu.system) / 1000);
    }
  }
}

// Where the time goes, each part alone on this thread (median of as many runs):
// the HMAC and the CRC-32 stay on the main thread, the deflate is what the
// chunks share out.
const parts = {
  hmacMs: timeAlone(() => hmac()),
  crc32Ms: timeAlone(() => zlib.crc32(body)),
  huffmanDeflateMs: timeAlone(() => zlib.deflateRawSync(body, UPLOAD_GZIP_OPTIONS)),
};

const summary = (name: Name) => ({
  wallMedianMs: round(quantile(samples[name].wall, 0.5), 3),
  wallP95Ms: round(quantile(samples[name].wall, 0.95), 3),
  cpuMedianMs: round(quantile(samples[name].cpu, 0.5), 3),
  compressedBytes: outputs[name].compressed.length,
});
const figures = Object.fromEntries(names.map((name) => [name, summary(name)])) as Record<
  Name,
  ReturnType<typeof summary>
>;
const { ours, seed, single, seedPython } = figures;
const wallSpeedup = seed.wallMedianMs / ours.wallMedianMs;
const cpuSpeedup = seed.cpuMedianMs / ours.cpuMedianMs;
const bytesRatio = ours.compressedBytes / seed.compressedBytes;
// The issue's target is wall-clock time at no more than 1.006x the bytes; CPU
// time is reported beside it and never hidden.
const met = wallSpeedup >= TARGET_SPEEDUP && bytesRatio <= TARGET_MAX_BYTES_RATIO;
const verdicts: Verdict[] = [
  {
    benchmark: "sign-compress",
    measure: "sign + gzip one 1920 px frame, wall-clock median",
    ours: `${ours.wallMedianMs} ms (${round(wallSpeedup)}x); CPU ${ours.cpuMedianMs} ms (${round(cpuSpeedup)}x); ${round(bytesRatio, 4)}x bytes`,
    baseline: `${seed.wallMedianMs} ms; CPU ${seed.cpuMedianMs} ms (seed recipe, level 6)`,
    target: `>= ${TARGET_SPEEDUP}x wall-clock at <= ${TARGET_MAX_BYTES_RATIO}x bytes`,
    met,
    missed: met
      ? undefined
      : bytesRatio > TARGET_MAX_BYTES_RATIO
        ? "Bytes over the limit: Huffman-only coding loses what LZ77 finds in the JSON. Next: measure a body with less repetition, or level 1 on the JSON wrapper only."
        : `Wall-clock ${round(wallSpeedup)}x: the work is already Huffman coding only, split over ${UPLOAD_GZIP_CHUNKS} thread-pool chunk(s) on ${started.cores} cores; under load (see load average) the chunks do not get cores of their own. Next: re-run on a quiet machine; the main thread's part (HMAC ${parts.hmacMs} ms + CRC-32 ${parts.crc32Ms} ms) bounds the wall-clock time from below.`,
  },
];

const row = (label: string, pick: (f: (typeof figures)[Name]) => number | string) =>
  `| ${label} | ${names.map((name) => pick(figures[name])).join(" | ")} |`;
const markdown = `# sign-compress benchmark

Our media-upload path (\`signAndGzip\`, \`lib/veriff/compress.ts\`: the JSON body cut
into ${UPLOAD_GZIP_CHUNKS} chunk(s) on this machine, each deflated with Huffman coding only on libuv's
thread pool and joined into one gzip member, while the HMAC-SHA256 and the CRC-32
are computed on the main thread) against the recipe of Veriff's own upload examples
(HMAC-SHA256 and zlib's default gzip, synchronously), with the single-stream
Huffman-only gzip it replaced and the Python example's level 9 beside them. Same
body for all: a ${1920}x${1080} JPEG at quality 90 (${photo.length} bytes; ${body.length} bytes of JSON; a
synthetic document photo with per-channel sensor noise, \`bench/document-photo.ts\`).
${FRAMES} frames each after ${WARMUP} warm-up frames, interleaved, in one run. CPU time is the
whole process's (every thread), per frame.
${machineLine(started)}
Re-run with \`npm run bench\`.

Every output was first checked with \`gunzip -t\` and with Python's \`zlib.decompressobj(31)\`
(one member, ending exactly at the last byte, \`eof\` and no unused data), and the HMAC
Python computes over the bytes it got back equals the signature sent.

| per frame | ours (${UPLOAD_GZIP_CHUNKS} chunks) | single stream (before) | seed recipe (Node example, level 6) | Python example (level 9) |
|---|---|---|---|---|
${row("wall-clock median, ms", (f) => f.wallMedianMs)}
${row("wall-clock p95, ms", (f) => f.wallP95Ms)}
${row("CPU time median (all threads), ms", (f) => f.cpuMedianMs)}
${row("compressed bytes", (f) => f.compressedBytes)}
${row("bytes / seed's", (f) => round(f.compressedBytes / seed.compressedBytes, 4))}
${row("seed wall-clock / this", (f) => `${round(seed.wallMedianMs / f.wallMedianMs)}x`)}
${row("seed CPU / this", (f) => `${round(seed.cpuMedianMs / f.cpuMedianMs)}x`)}

Target (issue 16: wall-clock at least ${TARGET_SPEEDUP}x the Node example's recipe at no more
than ${TARGET_MAX_BYTES_RATIO}x its bytes): **${met ? "met" : "not met"}** (${round(wallSpeedup)}x wall-clock, ${round(bytesRatio, 4)}x bytes).
In CPU time ours is ${round(cpuSpeedup)}x the seed's: the chunks run in parallel, they do not
do less work (single stream: ${round(seed.cpuMedianMs / single.cpuMedianMs)}x), so on a machine busy with other uploads
the wall-clock gain shrinks toward the CPU figure.

Each part alone, on one thread (medians): HMAC-SHA256 ${parts.hmacMs} ms, CRC-32 ${parts.crc32Ms} ms (both on
the main thread while the chunks compress), Huffman-only deflate of the whole body ${parts.huffmanDeflateMs} ms
(shared out among the chunks). With ${UPLOAD_GZIP_CHUNKS} chunks on ${started.cores} idle cores the wall-clock floor is about
max(HMAC + CRC-32, deflate / ${Math.min(UPLOAD_GZIP_CHUNKS, started.cores)}) = ${round(Math.max(parts.hmacMs + parts.crc32Ms, parts.huffmanDeflateMs / Math.min(UPLOAD_GZIP_CHUNKS, started.cores)), 3)} ms, before the thread pool's own costs (a round trip per chunk): ${round(seed.cpuMedianMs / Math.max(parts.hmacMs + parts.crc32Ms, parts.huffmanDeflateMs / Math.min(UPLOAD_GZIP_CHUNKS, started.cores)))}x the seed's CPU time.
When "ours" is no faster than "single stream" in wall-clock time, the cores were not free to run
the chunks side by side (see the load average), and the chunks only cost their extra CPU.
${met ? "" : `\nWhy missed and next step: ${verdicts[0]!.missed}\n`}`;

writeResults(
  "sign-compress",
  {
    machine: started,
    verdicts,
    input: { jpegBytes: photo.length, bodyBytes: body.length },
    frames: FRAMES,
    chunks: UPLOAD_GZIP_CHUNKS,
    figures,
    wallSpeedup,
    cpuSpeedup,
    bytesRatio,
    seedPythonBytesRatio: seedPython.compressedBytes / seed.compressedBytes,
  },
  markdown,
);
process.exit(met ? 0 : 1);

function timeAlone(work: () => unknown): number {
  const times: number[] = [];
  for (let run = 0; run < WARMUP + FRAMES; run++) {
    const startedAt = performance.now();
    work();
    if (run >= WARMUP) times.push(performance.now() - startedAt);
  }
  return round(quantile(times, 0.5), 3);
}

/** gunzip -t, then Python: one gzip member, ending at the last byte, giving back what was signed. */
function verifyWithOtherTools(name: string, output: Output) {
  if (output.signature !== sign(SECRET, body)) throw new Error(`${name}: wrong signature`);
  const gunzip = spawnSync("gunzip", ["-t", "-"], { input: output.compressed });
  if (gunzip.status !== 0) throw new Error(`${name}: gunzip -t failed: ${gunzip.stderr}`);
  const python = spawnSync(
    "python3",
    [
      "-c",
      `import sys, zlib, hmac, hashlib
data = sys.stdin.buffer.read()
member = zlib.decompressobj(31)  # one gzip member
out = member.decompress(data) + member.flush()
assert member.eof and member.unused_data == b"", "not exactly one gzip member"
import gzip
assert gzip.decompress(data) == out
print(hmac.new(sys.argv[1].encode(), out, hashlib.sha256).hexdigest())`,
      SECRET,
    ],
    { input: output.compressed },
  );
  if (python.status !== 0) throw new Error(`${name}: Python's check failed: ${python.stderr}`);
  if (python.stdout.toString().trim() !== output.signature)
    throw new Error(`${name}: the bytes Python got back are not the bytes signed`);
}
