import type { CaptureStep } from "./steps";

// Aspect ratios of what the user holds up: ID-1 card 85.6 x 54 mm, passport
// photo page 125 x 88 mm, a face, an A4 page (210 x 297 mm) upright.
const ASPECT = { card: "1.586", passport: "1.42", face: "0.75", page: "0.707" } as const;
// Upright shapes are bounded by the preview's height, wide ones by its width.
const UPRIGHT: ReadonlySet<CaptureStep["guide"]> = new Set(["face", "page"]);

/** The document outline or face oval over the preview, the area outside dimmed. `ref`: the outline, whose area the quality hints judge. */
export function GuideOverlay({ guide, ref }: { guide: CaptureStep["guide"]; ref?: React.Ref<HTMLDivElement> }) {
  return (
    <div
      className="pointer-events-none absolute inset-0 flex items-center justify-center overflow-hidden"
      aria-hidden="true"
    >
      <div
        ref={ref}
        className={`max-h-[80%] border-2 border-white shadow-[0_0_0_9999px_rgb(0_0_0/0.45)] ${UPRIGHT.has(guide) ? "h-[80%]" : "w-[84%]"} ${guide === "face" ? "rounded-[50%]" : "rounded-xl"}`}
        style={{ aspectRatio: ASPECT[guide] }}
      />
    </div>
  );
}
