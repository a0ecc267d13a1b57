import http from "node:http";
import {
  startHttpServer,
  TOKEN_HEADER,
  type HttpServerOptions,
  type RunningServer,
} from "../../electron/http/server";
import type { Backend } from "../../electron/backend";
import { createQuietLogger } from "./backend";

export interface TestServer extends RunningServer {
  log: ReturnType<typeof createQuietLogger>;
  /** POST /api/<channel> with the right token, Host and content type. */
  callApi(channel: string, input: unknown): Promise<RawResponse>;
}

/** The browser-mode HTTP door on 127.0.0.1 in front of a backend's router. */
export async function startTestServer(
  backend: Pick<Backend, "router">,
  opts: Partial<Omit<HttpServerOptions, "router" | "log">> = {},
): Promise<TestServer> {
  const log = createQuietLogger();
  const server = await startHttpServer({ router: backend.router, rendererDir: null, log, ...opts });
  return {
    ...server,
    log,
    callApi: (channel, input) =>
      rawRequest(server.port, {
        method: "POST",
        path: `/api/${channel}`,
        headers: { "content-type": "application/json", [TOKEN_HEADER]: server.token },
        body: JSON.stringify(input),
      }),
  };
}

export interface RawRequest {
  method?: string;
  path: string;
  /** Host defaults to 127.0.0.1:<port>; pass `host` here to replace it. */
  headers?: Record<string, string | number>;
  body?: string | Buffer;
  /** Sent one after another without a Content-Length (Transfer-Encoding: chunked). */
  chunks?: (string | Buffer)[];
  /** Connect to this address instead of 127.0.0.1. */
  address?: string;
}

export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  text: string;
  json(): any;
}

/**
 * A request through node:http, which (unlike fetch) lets a test set Host and Origin, send an
 * unnormalised path, and stream a chunked body.
 */
export function rawRequest(port: number, r: RawRequest): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string | number> = { host: `127.0.0.1:${port}`, ...r.headers };
    if (r.body !== undefined && headers["content-length"] === undefined)
      headers["content-length"] = Buffer.byteLength(r.body);
    const req = http.request(
      {
        host: r.address ?? "127.0.0.1",
        port,
        method: r.method ?? "GET",
        path: r.path,
        headers,
        agent: false,
      },
      (res) => {
        const parts: Buffer[] = [];
        res.on("data", (c: Buffer) => parts.push(c));
        res.on("end", () => {
          const text = Buffer.concat(parts).toString("utf8");
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            text,
            json: () => JSON.parse(text),
          });
        });
        res.on("error", reject);
      },
    );
    req.on("error", reject);
    if (r.chunks) {
      for (const c of r.chunks) req.write(c);
      req.end();
    } else {
      req.end(r.body);
    }
  });
}
