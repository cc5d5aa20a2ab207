// A small load balancer for the scale-out spec, as a real one behaves: each
// listener hands its requests to the app instances in turn (its own rotation,
// as nginx keeps one per upstream block), appends the address it received the
// request from to X-Forwarded-For (the app trusts one hop: TRUSTED_PROXY_HOPS=1),
// and gives each request an X-Request-Id of its own, which the app keeps and
// logs. It records which instance it sent each request to, so the spec can
// check that instance's own log named the same request.
import http from "node:http";

export interface Upstream {
  name: string;
  port: number;
}

export interface Forwarded {
  requestId: string;
  listener: string;
  upstream: string;
  method: string;
  /** The path without its query (a capture link's token is in it: kept in this process only). */
  path: string;
  /** The instance's status, or 502 when it gave none. */
  status: number;
  /** The X-Request-Id the instance answered with. */
  answeredId: string | null;
}

// Set per connection, by whoever sends: not forwarded.
const HOP_BY_HOP = new Set(["connection", "keep-alive", "transfer-encoding", "upgrade", "proxy-connection", "te"]);

export class RoundRobinProxy {
  readonly forwarded: Forwarded[] = [];
  private readonly servers: http.Server[] = [];

  constructor(private readonly upstreams: Upstream[]) {}

  /** A listener on 127.0.0.1:`port` with its own rotation over every upstream; returns its base URL. */
  async listen(name: string, port: number): Promise<string> {
    let received = 0;
    const server = http.createServer((request, response) => {
      const upstream = this.upstreams[received % this.upstreams.length]!;
      this.forward(`lb-${name}-${++received}`, name, upstream, request, response);
    });
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(port, "127.0.0.1", resolve);
    });
    this.servers.push(server);
    return `http://127.0.0.1:${port}`;
  }

  async close(): Promise<void> {
    await Promise.all(
      this.servers.map((server) => {
        const closed = new Promise((resolve) => server.close(resolve));
        server.closeAllConnections();
        return closed;
      }),
    );
  }

  private forward(
    requestId: string,
    listener: string,
    upstream: Upstream,
    request: http.IncomingMessage,
    response: http.ServerResponse,
  ) {
    const path = (request.url ?? "/").split("?")[0]!;
    const record: Forwarded = {
      requestId,
      listener,
      upstream: upstream.name,
      method: request.method ?? "GET",
      path,
      status: 502,
      answeredId: null,
    };
    this.forwarded.push(record);
    const headers = withoutHopByHop(request.headers);
    const peer = request.socket.remoteAddress ?? "";
    const prior = request.headers["x-forwarded-for"];
    headers["x-forwarded-for"] = prior ? `${prior}, ${peer}` : peer;
    headers["x-request-id"] = requestId;
    const outgoing = http.request(
      { host: "127.0.0.1", port: upstream.port, method: request.method, path: request.url, headers },
      (answer) => {
        record.status = answer.statusCode ?? 502;
        const id = answer.headers["x-request-id"];
        record.answeredId = typeof id === "string" ? id : null;
        response.writeHead(record.status, withoutHopByHop(answer.headers));
        answer.pipe(response);
      },
    );
    outgoing.on("error", () => {
      if (!response.headersSent) response.writeHead(502).end();
      else response.destroy();
    });
    request.pipe(outgoing);
  }
}

function withoutHopByHop(headers: http.IncomingHttpHeaders): http.OutgoingHttpHeaders {
  const kept: http.OutgoingHttpHeaders = {};
  for (const [header, value] of Object.entries(headers))
    if (!HOP_BY_HOP.has(header) && value !== undefined) kept[header] = value;
  return kept;
}
