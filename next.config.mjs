/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
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
          { key: "Referrer-Policy", value: "no-referrer" },
          { key: "X-Frame-Options", value: "DENY" },
          // The capture flow needs the camera of this origin only.
          { key: "Permissions-Policy", value: "camera=(self), microphone=(), geolocation=()" },
        ],
      },
    ];
  },
};

export default nextConfig;
