/** @type {import('next').NextConfig} */
const nextConfig = {
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
  serverExternalPackages: ["pino", "pg", "@prisma/adapter-pg"],
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          // Never send a page address (a capture link's token) to another site. Not "no-referrer":
          // browsers then send "Origin: null", which Next.js refuses on server actions.
          { key: "Referrer-Policy", value: "same-origin" },
          { key: "X-Frame-Options", value: "DENY" },
          // The capture flow needs the camera of this origin only.
          { key: "Permissions-Policy", value: "camera=(self), microphone=(), geolocation=()" },
        ],
      },
    ];
  },
};

export default nextConfig;
