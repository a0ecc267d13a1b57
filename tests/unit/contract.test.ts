import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { handlers } from "../../electron/api";
import {
  channelPattern,
  channels,
  contract,
  isChannel,
  type Channel,
  type Result,
} from "../../electron/contract";
import { call, setTransport } from "../../renderer/api/client";
import { startTestServer, type TestServer } from "../helpers/http";

describe("the contract", () => {
  it("has procedures", () => {
    expect(channels.length).toBeGreaterThan(10);
  });

  it("names every channel area.method", () => {
    for (const channel of channels) expect(channel).toMatch(channelPattern);
    expect(channelPattern.test("settings.saveRounding")).toBe(true);
    expect(channelPattern.test("../settings.saveRounding")).toBe(false);
    expect(channelPattern.test("settings.save.rounding")).toBe(false);
  });

  it("declares every procedure as a query or a mutation", () => {
    for (const channel of channels) expect(["query", "mutation"]).toContain(contract[channel].kind);
    expect(contract["settings.saveRounding"].kind).toBe("mutation");
    expect(contract["settings.getRounding"].kind).toBe("query");
  });

  it("gives every procedure an input and an output schema", () => {
    for (const channel of channels) {
      expect(typeof contract[channel].input.safeParse).toBe("function");
      expect(typeof contract[channel].output.safeParse).toBe("function");
    }
  });

  it("recognises only its own channels", () => {
    expect(isChannel("system.ping")).toBe(true);
    expect(isChannel("system.nothing")).toBe(false);
    expect(isChannel("toString")).toBe(false);
    expect(isChannel("__proto__")).toBe(false);
  });
});

describe("the handlers", () => {
  it("cover exactly the contract's channels, none missing and none extra", () => {
    const handled = Object.keys(handlers).sort();
    expect(handled).toEqual([...channels].sort());
    for (const channel of channels) expect(typeof handlers[channel]).toBe("function");
  });
});

describe("the renderer client", () => {
  it("sends every channel name unchanged to the transport", async () => {
    const seen: { channel: string; input: unknown }[] = [];
    setTransport(async (channel, input) => {
      seen.push({ channel, input });
      return { ok: true, value: { echoed: channel } };
    });
    for (const channel of channels) {
      const input = { marker: channel };
      await expect(call(channel, input as never)).resolves.toEqual({ echoed: channel });
    }
    expect(seen.map((s) => s.channel)).toEqual(channels);
    expect(seen.map((s) => s.input)).toEqual(channels.map((c) => ({ marker: c })));
  });

  it("turns a failed result into an error carrying the Vietnamese message and code", async () => {
    setTransport(async () => ({
      ok: false,
      error: { code: "CONFLICT", message: "Trùng dữ liệu", fields: { code: "Trùng mã" } },
    }));
    await expect(call("system.ping", {})).rejects.toMatchObject({
      message: "Trùng dữ liệu",
      code: "CONFLICT",
      fields: { code: "Trùng mã" },
    });
  });
});

describe("the HTTP door", () => {
  const received: string[] = [];
  let server: TestServer;

  beforeAll(async () => {
    const router = async (channel: string): Promise<Result<unknown>> => {
      received.push(channel);
      return { ok: true, value: { routed: channel } };
    };
    server = await startTestServer({ router });
  });
  afterAll(() => server.close());

  it("routes POST /api/<channel> to the router with the channel name unchanged, for every channel", async () => {
    for (const channel of channels as Channel[]) {
      const res = await server.callApi(channel, {});
      expect(res.status).toBe(200);
      expect(res.json()).toEqual({ ok: true, value: { routed: channel } });
    }
    expect(received).toEqual(channels);
  });
});
