import type { Page } from "@playwright/test";

/** Calls a procedure the way the page does (browser mode: token from the session). */
export async function api<T = unknown>(page: Page, channel: string, input: unknown): Promise<T> {
  const res = await page.evaluate(
    async ([c, i]) => {
      const r = await fetch(`./api/${c}`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "x-tdkt-token": sessionStorage.getItem("tdkt.token") ?? "",
        },
        body: JSON.stringify(i),
      });
      return (await r.json()) as { ok: boolean; value?: unknown; error?: { message: string } };
    },
    [channel, input] as const,
  );
  if (!res.ok) throw new Error(`${channel}: ${res.error?.message}`);
  return res.value as T;
}
