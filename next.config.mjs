/** @type {import('next').NextConfig} */
const nextConfig = {
  // A deployment carries .next/standalone (a server.js and only the node_modules it uses); `npm run build`
  // adds what Next.js leaves out (scripts/finish-build.ts).
  output: "standalone",
  reactStrictMode: true,
  poweredByHeader: false,
  // forbidden(): a signed-in staff member without the role gets a real 403 page.
  experimental: { authInterrupts: true },
  // The dev server is reached as localhost and as 127.0.0.1 (the tests use the latter).
  allowedDevOrigins: ["127.0.0.1"],
  // The development server logs every request URL; capture links carry a
  // secret token, which must never reach a log.
  logging: { incomingRequests: { ignore: [/\/capture\//] } },
  // Server-only packages that must stay real Node modules, not bundled.
  // prom-client: one registry per process; OpenTelemetry's SDK: loaded at run time, and only when tracing is on.
  serverExternalPackages: [
    "pino",
    "pg",
    "@prisma/adapter-pg",
    "prom-client",
    "@opentelemetry/api",
    "@opentelemetry/context-async-hooks",
    "@opentelemetry/core",
    "@opentelemetry/exporter-trace-otlp-http",
    "@opentelemetry/resources",
    "@opentelemetry/sdk-trace",
  ],
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          // Never send a page address (a capture link's token) to another site. Not "no-referrer":
          // browsers then send "Origin: null", which Next.js refuses on server actions.
          { key: "Referrer-Policy", value: "same-origin" },
          // The capture flow needs the camera of this origin only.
          { key: "Permissions-Policy", value: "camera=(self), microphone=(), geolocation=()" },
          // Pages get their Content-Security-Policy, X-Frame-Options and HSTS from proxy.ts:
          // a nonce per request, and framing and https from the settings at run time
          // (what is written here is fixed when the app is built).
        ],
      },
      {
        // public/embed.js, loaded by integrators' pages on their own origins (proxy.ts leaves it
        // alone: it is no page). Any page may load it, and pin it with Subresource Integrity, which
        // asks for CORS; a page that isolates itself (COEP) needs the resource policy. It holds no
        // secret and sends no cookie. Cached briefly, so a fix reaches every integrator within minutes.
        source: "/embed.js",
        headers: [
          { key: "Access-Control-Allow-Origin", value: "*" },
          { key: "Cross-Origin-Resource-Policy", value: "cross-origin" },
          { key: "Cache-Control", value: "public, max-age=300" },
          // Opened as a document, it runs nothing and frames in nothing.
          { key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'; sandbox" },
        ],
      },
      {
        // The face model (scripts/copy-face-model.ts): a folder named after its versions, so
        // its files never change under their URL and browsers keep them for good.
        // The proxy leaves the folder alone, so a name not in it (a typo, an old version's URL)
        // gets the not-found page: opened as a document, it runs nothing and frames in nothing.
        source: "/face-model/:path*",
        headers: [
          { key: "Cache-Control", value: "public, max-age=31536000, immutable" },
          { key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'; sandbox" },
          { key: "X-Frame-Options", value: "DENY" },
        ],
      },
      {
        // The API answers JSON and images, never a document to run or frame: opened as
        // one, it loads nothing and runs in a sandbox of its own. (This replaces a policy
        // a route sets itself, such as the staff image route's, which asks for no more.)
        source: "/api/:path*",
        headers: [
          { key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'; sandbox" },
          { key: "X-Frame-Options", value: "DENY" },
        ],
      },
    ];
  },
};

export default nextConfig;
