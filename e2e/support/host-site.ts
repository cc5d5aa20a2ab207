// An integrator's site for a test: a page of another origin, served by a tiny
// HTTP server of the test's own on this machine (Chromium lets no public site
// frame a local one, and the browser resolves nothing outside it).
import http from "node:http";

export interface HostSite {
  origin: string;
  /** Every URL asked for, in order. */
  visits: URL[];
  close(): Promise<void>;
}

/** Serves `html(url)` for every path at `origin` (http://127.0.0.1:<port>). */
export async function hostSite(origin: string, html: (url: URL) => string): Promise<HostSite> {
  const visits: URL[] = [];
  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? "/", origin);
    visits.push(url);
    response.writeHead(url.pathname === "/favicon.ico" ? 404 : 200, {
      "content-type": "text/html; charset=utf-8",
      "cache-control": "no-store",
    });
    response.end(url.pathname === "/favicon.ico" ? "" : html(url));
  });
  await new Promise<void>((resolve, reject) =>
    server.once("error", reject).listen(Number(new URL(origin).port), "127.0.0.1", resolve),
  );
  return {
    origin,
    visits,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
