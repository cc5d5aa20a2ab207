import { describe, expect, it } from "vitest";
import { inAppBrowser } from "./in-app-browser";

// User agents as the apps' webviews send them (shortened where the rest is the system's).
const IPHONE =
  "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148";
const ANDROID =
  "Mozilla/5.0 (Linux; Android 14; Pixel 8 Build/UQ1A.240205.004; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/126.0.6478.122 Mobile Safari/537.36";

const CASES: [string, string, string | null, string | null][] = [
  // [user agent, app, browser, menu]
  [
    `${IPHONE} Instagram 335.0.3.20.83 (iPhone15,2; iOS 17_5; en_US; en; scale=3.00; 1179x2556; 613510478)`,
    "instagram",
    "Safari",
    "dots",
  ],
  [
    `${ANDROID} Instagram 335.0.0.39.93 Android (34/14; 420dpi; 1080x2400; Google; Pixel 8; shiba; en_US; 613510478)`,
    "instagram",
    "Chrome",
    "kebab",
  ],
  [
    `${IPHONE} [FBAN/FBIOS;FBAV/470.0.0.37.108;FBBV/612345678;FBDV/iPhone15,2;FBMD/iPhone;FBSN/iOS;FBSV/17.5;FBSS/3;FBLC/en_US]`,
    "facebook",
    "Safari",
    "dots",
  ],
  [`${ANDROID} [FB_IAB/FB4A;FBAV/470.0.0.40.99;]`, "facebook", "Chrome", "kebab"],
  [`${IPHONE} [FBAN/MessengerForiOS;FBAV/460.0.0.31.109;FBBV/600000000]`, "messenger", "Safari", "dots"],
  [`${ANDROID} [FB_IAB/Orca-Android;FBAV/450.0.0.32.109;]`, "messenger", "Chrome", "kebab"],
  [
    `${IPHONE} musical_ly_35.1.0 JsSdk/2.0 NetType/WIFI Channel/App Store ByteLocale/en Region/US`,
    "tiktok",
    "Safari",
    "dots",
  ],
  [`${ANDROID} trill_350103 BytedanceWebview/d8a21c6`, "tiktok", "Chrome", "dots"],
  [`${IPHONE} [LinkedInApp]/9.30.1234`, "linkedin", "Safari", "dots"],
  [`${ANDROID} [LinkedInApp]/4.1.900`, "linkedin", "Chrome", "kebab"],
  [`${IPHONE} Snapchat/13.0.0.44 (like Safari/8618.2.12.10.4, panda)`, "snapchat", "Safari", "dots"],
  [`${IPHONE} MicroMessenger/8.0.49(0x18003127) NetType/WIFI Language/zh_CN`, "wechat", "Safari", "dots"],
  [`${ANDROID} XWEB/1160065 MMWEBSDK/20231202 MicroMessenger/8.0.47.2560(0x28002F30)`, "wechat", "Chrome", "dots"],
  [`${IPHONE} Safari Line/14.5.0`, "line", "Safari", "kebab"],
  [`${ANDROID} Line/14.5.1/IAB`, "line", "Chrome", "kebab"],
  [`${IPHONE} Twitter for iPhone/10.40`, "twitter", "Safari", "share"],
  [`${ANDROID} TwitterAndroid`, "twitter", "Chrome", "kebab"],
  [`${IPHONE} Gmail/6.0.240512 (iPhone; iOS 17.5)`, "gmail", "Safari", "dots"],
  [`${IPHONE} GSA/320.0.648265815 Mobile/15E148 Safari/604.1`, "google", "Safari", "share"],
  [`${ANDROID} GSA/15.22.33.29.arm64`, "google", "Chrome", "kebab"],
  // iPadOS webviews may say Macintosh: still Safari.
  [
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Instagram 335.0",
    "instagram",
    "Safari",
    "dots",
  ],
];

const BROWSERS = [
  `${IPHONE.replace("Mobile/15E148", "Version/17.5 Mobile/15E148 Safari/604.1")}`,
  "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/126.0.6478.54 Mobile/15E148 Safari/604.1",
  "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36",
  "Mozilla/5.0 (Android 14; Mobile; rv:127.0) Gecko/127.0 Firefox/127.0",
  "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/25.0 Chrome/121.0.0.0 Mobile Safari/537.36",
  "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36",
  // Words that contain a marker but are not one.
  "Mozilla/5.0 (X11; Linux x86_64) Chrome/126.0 Safari/537.36 Pipeline/2.0 Skyline/1.0",
  "",
];

describe("inAppBrowser", () => {
  it.each(CASES)("knows %s", (userAgent, app, browser, menu) => {
    expect(inAppBrowser(userAgent)).toMatchObject({ app, browser, menu });
  });

  it("leaves the phone's own browsers alone", () => {
    for (const userAgent of BROWSERS) expect(inAppBrowser(userAgent), userAgent).toBeNull();
  });

  it("names the app as the app does", () => {
    expect(inAppBrowser(CASES[0]![0])?.name).toBe("Instagram");
    expect(inAppBrowser(`${IPHONE} Twitter for iPhone/10.40`)?.name).toBe("X");
  });
});
