# The app, its worker and its migrate step in one small image: Next.js's
# standalone output completed by `npm run build` (scripts/finish-build.ts),
# run by an unprivileged user, with no dev dependency, no embedded PostgreSQL
# and no checkout inside.
#   docker build -t veriff-capture .
#   docker run … veriff-capture                      the app (node server.js), port 3000
#   docker run … veriff-capture node worker.mjs      a worker
#   docker run … veriff-capture node migrate.mjs     the release step
# compose.yaml runs all three with PostgreSQL. Checked by `docker build` on a
# machine where Docker can pull the base image (docs/operations.md); the
# tests here only read this file.
ARG NODE_IMAGE=node:20-bookworm-slim

# Every dependency, dev ones included: the build needs them. Their install
# runs `prisma generate` (postinstall), which reads the schema and prisma.config.ts.
FROM ${NODE_IMAGE} AS deps
WORKDIR /src
ENV NEXT_TELEMETRY_DISABLED=1 CHECKPOINT_DISABLE=1
COPY package.json package-lock.json prisma.config.ts ./
COPY prisma ./prisma
COPY lib/env.ts ./lib/env.ts
# Not `npm ci`: the lockfile carries no builds for other platforms (README, "npm").
RUN npm install --no-audit --no-fund

# next build, then the deployment folder: server.js, worker.mjs, migrate.mjs,
# public/, .next/static/, prisma/ and only the node_modules they load.
FROM deps AS build
COPY . .
RUN npm run build

FROM ${NODE_IMAGE} AS runtime
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 HOSTNAME=0.0.0.0 PORT=3000
# SIGTERM (docker stop) is the app's graceful shutdown, not Next.js's own handler (lib/shutdown/drain-on-signal.ts):
# uploads in flight get SHUTDOWN_GRACE_MS. Give `docker stop -t` (compose: stop_grace_period) 10 s more.
ENV NEXT_MANUAL_SIG_HANDLE=true
# Owned by root, run by `node` (uid 1000, from the base image): the app cannot rewrite itself.
COPY --from=build /src/.next/standalone ./
# The one place Next.js may write (its cache).
RUN mkdir -p .next/cache && chown node:node .next/cache
USER node
EXPOSE 3000
# The process answers: no database call (GET /api/health/ready is for load balancers).
HEALTHCHECK --interval=15s --timeout=3s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch(`http://127.0.0.1:${process.env.PORT}/api/health/live`).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "server.js"]
