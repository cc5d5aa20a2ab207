import { describe, expect, it } from "vitest";
import { browserFamily, cameraProblem, cameraUnavailable } from "./camera-problem";

describe("camera problems", () => {
  it("knows before asking when no camera can be offered", () => {
    expect(cameraUnavailable({ isSecureContext: false, hasGetUserMedia: false })).toBe("camera_insecure_context");
    expect(cameraUnavailable({ isSecureContext: true, hasGetUserMedia: false })).toBe("camera_unsupported");
    expect(cameraUnavailable({ isSecureContext: true, hasGetUserMedia: true })).toBeNull();
  });

  it("maps getUserMedia's errors to what the user can do", () => {
    const named = (name: string) => Object.assign(new Error("x"), { name });
    expect(cameraProblem(named("NotAllowedError"))).toBe("camera_denied");
    expect(cameraProblem({ name: "SecurityError" })).toBe("camera_denied");
    expect(cameraProblem(named("NotFoundError"))).toBe("camera_not_found");
    expect(cameraProblem("DevicesNotFoundError")).toBe("camera_not_found");
    expect(cameraProblem(named("NotReadableError"))).toBe("camera_in_use");
    expect(cameraProblem("getUserMedia not supported")).toBe("camera_unsupported");
    expect(cameraProblem(new Error("the camera has not delivered a picture yet"))).toBe("camera_stopped");
  });

  it("tells browsers apart by the settings that re-allow the camera", () => {
    expect(
      browserFamily(
        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 Version/17.0 Mobile/15E148 Safari/604.1",
      ),
    ).toBe("ios");
    expect(
      browserFamily("Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 Chrome/126.0 Mobile Safari/537.36"),
    ).toBe("android");
    expect(browserFamily("Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0")).toBe("firefox");
    expect(
      browserFamily("Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Version/17.5 Safari/605.1.15"),
    ).toBe("safari");
    expect(browserFamily("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/156.0 Safari/537.36")).toBe(
      "chromium",
    );
  });
});
