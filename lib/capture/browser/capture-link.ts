// Browser side: the capture link, for handing the check over to another
// device. The page's own address is the link (/capture/{token}): the other
// device opens it and carries on from what was already sent.

export interface CaptureLink {
  /** The address to open on the other device, without a fragment. */
  link: string;
  /** GET /api/capture/{token} of the same check, to notice when the other device has sent it; null off a capture page. */
  stateUrl: string | null;
}

export function captureLink(href: string): CaptureLink {
  const url = new URL(href);
  url.hash = "";
  const token = /^\/capture\/([^/]+)\/?$/.exec(url.pathname)?.[1];
  return { link: url.href, stateUrl: token ? `${url.origin}/api/capture/${token}` : null };
}
