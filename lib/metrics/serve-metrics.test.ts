// A worker's metrics endpoint over real HTTP and a real PostgreSQL: closed
// without METRICS_TOKEN, refused without the bearer token, and what the
// worker counted (a delivery to the integrator) in valid Prometheus text.
import type http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exportEnv } from "@/lib/env";
import { Exposition } from "@/scripts/test-support/prometheus-text";
import { countIntegratorDelivery } from "./metrics";
import { serveMetrics } from "./serve-metrics";

const TOKEN = "worker-metrics-token-0123456789abcdef01";
let server: http.Server;
let url: string;

beforeAll(async () => {
  exportEnv({ METRICS_TOKEN: TOKEN });
  server = await serveMetrics(0, "127.0.0.1");
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

const get = (path: string, authorization?: string) =>
  fetch(`${url}${path}`, { headers: authorization ? { authorization } : {} });

describe("a worker's /metrics", () => {
  it("answers the bearer METRICS_TOKEN only, and nothing but /metrics", async () => {
    expect((await get("/metrics")).status).toBe(401);
    expect((await get("/metrics", `Bearer ${TOKEN}-no`)).status).toBe(401);
    expect((await get("/other", `Bearer ${TOKEN}`)).status).toBe(404);
    exportEnv({ METRICS_TOKEN: "" });
    try {
      expect((await get("/metrics", `Bearer ${TOKEN}`)).status).toBe(404);
    } finally {
      exportEnv({ METRICS_TOKEN: TOKEN });
    }
  });

  it("shows the deliveries this process counted, with the database's gauges", async () => {
    const read = async () => {
      const response = await get("/metrics", `Bearer ${TOKEN}`);
      expect(response.status).toBe(200);
      return new Exposition(await response.text());
    };
    const before = await read();
    countIntegratorDelivery("delivered");
    countIntegratorDelivery("retry");
    countIntegratorDelivery("retry");
    const after = await read();
    const delta = (outcome: string) =>
      after.value("integrator_webhook_deliveries_total", { outcome }) -
      before.value("integrator_webhook_deliveries_total", { outcome });
    expect([delta("delivered"), delta("retry")]).toEqual([1, 2]);
    expect(after.has("verification_sessions", { status: "approved" })).toBe(true);
  });
});
