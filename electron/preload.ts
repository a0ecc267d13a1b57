// Bundled to CommonJS and run in the sandbox: it may require only "electron", so everything else
// (the contract's channel list) is inlined by esbuild. It exports nothing on purpose.
import { contextBridge, ipcRenderer } from "electron";
import { channels, defaultErrorMessages, type Result } from "./contract";

const allowed: ReadonlySet<string> = new Set(channels);

const forbidden: Result<never> = {
  ok: false,
  error: { code: "FORBIDDEN", message: defaultErrorMessages.FORBIDDEN },
};
const unavailable: Result<never> = {
  ok: false,
  error: {
    code: "UNAVAILABLE",
    message: "Mất kết nối tới phần xử lý của ứng dụng. Hãy đóng và mở lại ứng dụng.",
  },
};

// The page sees one function, never ipcRenderer itself, and every answer is a Result: a refused
// channel or a broken main process is reported, not thrown.
contextBridge.exposeInMainWorld("bridge", {
  invoke(channel: unknown, input: unknown, session?: unknown): Promise<Result<unknown>> {
    if (typeof channel !== "string" || !allowed.has(channel)) return Promise.resolve(forbidden);
    const token = typeof session === "string" ? session : undefined;
    return (ipcRenderer.invoke(channel, input, token) as Promise<Result<unknown>>).catch(
      () => unavailable,
    );
  },
});
