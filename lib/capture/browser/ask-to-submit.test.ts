import { afterEach, describe, expect, it, vi } from "vitest";
import { askToSubmit } from "./ask-to-submit";

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });

function answer(response: Response | Error) {
  const fetch = vi.fn(async () => {
    if (response instanceof Error) throw response;
    return response;
  });
  vi.stubGlobal("fetch", fetch);
  return fetch;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("asking the server to submit the capture", () => {
  it("POSTs to the check's submit route, its token escaped, and reads the answer", async () => {
    const fetch = answer(json(200, { status: "submitted" }));
    expect(await askToSubmit("a/b c")).toEqual({ ok: true, status: "submitted" });
    expect(fetch).toHaveBeenCalledWith("/api/capture/a%2Fb%20c/submit", { method: "POST" });
  });

  it("takes a 202 (a submit on its way in another request) as ok", async () => {
    answer(json(202, { status: "submitting" }));
    expect(await askToSubmit("token")).toEqual({ ok: true, status: "submitting" });
  });

  it("is ok on a 2xx whose body cannot be read", async () => {
    answer(new Response("", { status: 200 }));
    expect(await askToSubmit("token")).toEqual({ ok: true, status: null });
  });

  it("gives the refusal's code and the sides the server still needs", async () => {
    const missing = [{ context: "face", needed: 2, acknowledged: 1 }];
    answer(json(409, { error: { code: "capture_incomplete", message: "Frames are missing.", missing } }));
    expect(await askToSubmit("token")).toEqual({ ok: false, code: "capture_incomplete", missing });
  });

  it("gives the code alone for a refusal that lists nothing", async () => {
    answer(json(503, { error: { code: "veriff_unavailable", message: "Veriff did not answer." } }));
    expect(await askToSubmit("token")).toEqual({ ok: false, code: "veriff_unavailable", missing: null });
  });

  it("has no code when no refusal of ours came: a proxy's page, a malformed body, or the network", async () => {
    answer(new Response("<html>Bad gateway</html>", { status: 502 }));
    expect(await askToSubmit("token")).toEqual({ ok: false, code: null, missing: null });
    answer(json(500, { error: { code: 42, missing: "face" } }));
    expect(await askToSubmit("token")).toEqual({ ok: false, code: null, missing: null });
    answer(new TypeError("Failed to fetch"));
    expect(await askToSubmit("token")).toEqual({ ok: false, code: null, missing: null });
  });
});
