// Browser side: is this page open inside an app's own browser (a webview)?
// Those often refuse the camera outright or never show the permission prompt
// (the capture problem reported most against capture SDKs), so the page says,
// before the camera is asked for, how to open it in the phone's own browser.
// Apps are known by what their webviews add to the user agent; the table says
// where each app keeps its "open in browser" menu.

/** Where the app keeps "Open in browser": ⋯ or ⋮ at the top of the screen, or behind its share button. */
export type InAppMenu = "dots" | "kebab" | "share";

export interface InAppApp {
  /** A stable id, for tests and the framing page's events. */
  id: string;
  /** The app's own name, said to the user as it is (never translated). */
  name: string;
  /** What the app's webview writes into the user agent. */
  marker: RegExp;
  /** The menu on iPhone and iPad, and on Android. */
  menu: { ios: InAppMenu; android: InAppMenu };
}

/** First match wins: Messenger before Facebook (its webview carries Facebook's markers too). */
export const IN_APP_BROWSERS: readonly InAppApp[] = [
  {
    id: "messenger",
    name: "Messenger",
    marker: /FBAN\/Messenger|FB_IAB\/(MESSENGER|Orca)|Orca-Android/i,
    menu: { ios: "dots", android: "kebab" },
  },
  { id: "instagram", name: "Instagram", marker: /\bInstagram\b/i, menu: { ios: "dots", android: "kebab" } },
  {
    id: "facebook",
    name: "Facebook",
    marker: /\bFBAN\/|\bFBAV\/|\bFB_IAB\/|\[FBAN/i,
    menu: { ios: "dots", android: "kebab" },
  },
  {
    id: "tiktok",
    name: "TikTok",
    marker: /musical_ly|BytedanceWebview|\bTikTok\b|\btrill_/i,
    menu: { ios: "dots", android: "dots" },
  },
  { id: "linkedin", name: "LinkedIn", marker: /LinkedInApp/i, menu: { ios: "dots", android: "kebab" } },
  { id: "snapchat", name: "Snapchat", marker: /Snapchat/i, menu: { ios: "dots", android: "kebab" } },
  { id: "wechat", name: "WeChat", marker: /MicroMessenger/i, menu: { ios: "dots", android: "dots" } },
  { id: "line", name: "LINE", marker: /\bLine\/\d/i, menu: { ios: "kebab", android: "kebab" } },
  { id: "twitter", name: "X", marker: /\bTwitter/i, menu: { ios: "share", android: "kebab" } },
  { id: "gmail", name: "Gmail", marker: /\bGmail\//i, menu: { ios: "dots", android: "kebab" } },
  { id: "google", name: "Google", marker: /\bGSA\/\d/i, menu: { ios: "share", android: "kebab" } },
];

export interface InAppBrowser {
  app: InAppApp["id"];
  name: string;
  /** The phone's own browser to open the page in. */
  browser: "Safari" | "Chrome";
  menu: InAppMenu;
}

/**
 * The app whose webview shows this page, or null for a browser of its own
 * (Safari, Chrome, Firefox…). A pure reading of the user agent: the page
 * passes navigator.userAgent.
 */
export function inAppBrowser(userAgent: string): InAppBrowser | null {
  const app = IN_APP_BROWSERS.find((candidate) => candidate.marker.test(userAgent));
  if (!app) return null;
  // iPadOS asks for desktop pages and says Macintosh; an app's webview there still says iPad or its own marker.
  const ios = /iPhone|iPad|iPod|Macintosh/i.test(userAgent) && !/Android/i.test(userAgent);
  return {
    app: app.id,
    name: app.name,
    browser: ios ? "Safari" : "Chrome",
    menu: ios ? app.menu.ios : app.menu.android,
  };
}
