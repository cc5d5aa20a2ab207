// The page bench/browser-pipeline.ts loads in headless Chromium: the fake
// camera's stream in a <video>, and per frame either the capture page's own
// encoder (lib/capture/browser/frame-encoder.ts: grab, downscale to 1920,
// JPEG, in a worker) or the baseline, a plain canvas.toDataURL of the same
// frame on the main thread. Each frame sits between two performance marks so
// that the trace can tell which main-thread work belongs to it.
import { encodeCameraFrame } from "@/lib/capture/browser/frame-encoder";
import { JPEG_QUALITY, scaledSize } from "@/lib/capture/browser/encode-frame";

type Sample = { kind: "ours" | "baseline"; index: number; ms: number; bytes: number; width: number; height: number };

async function baseline(video: HTMLVideoElement) {
  const { width, height } = scaledSize(video.videoWidth, video.videoHeight);
  const canvas = document.createElement("canvas");
  canvas.width = width;
  canvas.height = height;
  canvas.getContext("2d")!.drawImage(video, 0, 0, width, height);
  const url = canvas.toDataURL("image/jpeg", JPEG_QUALITY);
  // The JPEG's bytes, not its base64.
  return { bytes: Math.floor(((url.length - url.indexOf(",") - 1) * 3) / 4), width, height };
}

async function run(frames: number, warmup: number) {
  const stream = await navigator.mediaDevices.getUserMedia({ video: { width: 2560, height: 1440 } });
  const video = document.createElement("video");
  video.muted = true;
  video.playsInline = true;
  video.srcObject = stream;
  document.body.append(video);
  await video.play();
  const samples: Sample[] = [];
  for (let index = 0; index < warmup + frames; index++) {
    for (const kind of index % 2 ? (["baseline", "ours"] as const) : (["ours", "baseline"] as const)) {
      // Let the page settle between frames, as a user's frames are seconds apart.
      await new Promise((resolve) => setTimeout(resolve, 50));
      const name = `${kind}-${index}`;
      performance.mark(`${name}-start`);
      const started = performance.now();
      const result =
        kind === "ours"
          ? await encodeCameraFrame(video).then((frame) => ({ ...frame, bytes: frame.blob.size }))
          : await baseline(video);
      const ms = performance.now() - started;
      performance.mark(`${name}-end`);
      if (index >= warmup)
        samples.push({ kind, index, ms, bytes: result.bytes, width: result.width, height: result.height });
    }
    // A window with no frame in it, as long as a frame takes: what the page's main thread does anyway (the video).
    await new Promise((resolve) => setTimeout(resolve, 50));
    performance.mark(`idle-${index}-start`);
    await new Promise((resolve) => setTimeout(resolve, 40));
    performance.mark(`idle-${index}-end`);
  }
  stream.getTracks().forEach((track) => track.stop());
  return {
    samples,
    video: { width: video.videoWidth, height: video.videoHeight },
    workerPath:
      typeof Worker !== "undefined" && typeof OffscreenCanvas !== "undefined" && typeof VideoFrame !== "undefined",
  };
}

(window as unknown as { runPipeline: typeof run }).runPipeline = run;
