import type { Result } from "../../electron/contract";

export type Transport = (channel: string, input: unknown) => Promise<Result<unknown>>;

declare global {
  interface Window {
    /** Set by electron/preload.ts in the desktop app; absent in browser mode. */
    bridge?: {
      invoke(channel: string, input: unknown, session?: string): Promise<Result<unknown>>;
    };
  }
}

const SESSION_KEY = "tdkt.session";

/** The signed-in session's token: in this window's sessionStorage (a reload stays signed in). */
export const signedInSession = (): string | undefined =>
  sessionStorage.getItem(SESSION_KEY) ?? undefined;
export function setSignedInSession(token: string | null) {
  if (token) sessionStorage.setItem(SESSION_KEY, token);
  else sessionStorage.removeItem(SESSION_KEY);
}

export function ipcTransport(bridge: NonNullable<Window["bridge"]>): Transport {
  return (channel, input) => bridge.invoke(channel, input, signedInSession());
}

const TOKEN_KEY = "tdkt.token";

/** Browser mode: the per-run token comes in the URL once, then lives in sessionStorage. */
export function takeBrowserToken(): string | null {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get("token");
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete("token");
    window.history.replaceState(null, "", url.pathname + url.search + url.hash);
    return fromUrl;
  }
  return sessionStorage.getItem(TOKEN_KEY);
}

/** Browser mode's token for this run (null in the desktop app). */
export function browserToken(): string | null {
  return window.bridge ? null : sessionStorage.getItem(TOKEN_KEY);
}

export function httpTransport(token: string | null): Transport {
  return async (channel, input) => {
    try {
      const res = await fetch(`./api/${channel}`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "x-tdkt-token": token ?? "",
          "x-tdkt-session": signedInSession() ?? "",
        },
        body: JSON.stringify(input ?? {}),
      });
      return (await res.json()) as Result<unknown>;
    } catch {
      return {
        ok: false,
        error: {
          code: "UNAVAILABLE",
          message:
            "Mất kết nối tới phần xử lý của ứng dụng. Hãy kiểm tra ứng dụng còn chạy rồi tải lại trang.",
        },
      };
    }
  };
}

export function defaultTransport(): Transport {
  return window.bridge ? ipcTransport(window.bridge) : httpTransport(takeBrowserToken());
}
