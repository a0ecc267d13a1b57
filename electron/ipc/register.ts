import type { IpcMain, IpcMainInvokeEvent } from "electron";
import type { Router } from "../api/router";
import { channels, defaultErrorMessages, type Result } from "../contract";

export const FORBIDDEN_RESULT: Result<never> = {
  ok: false,
  error: { code: "FORBIDDEN", message: defaultErrorMessages.FORBIDDEN },
};

export type SenderCheck = (event: IpcMainInvokeEvent) => boolean;

/** Windows paths reach us as file:///C:/...; Chromium and Node may disagree on the drive letter's case. */
function comparablePath(url: URL): string {
  const decoded = decodeURIComponent(url.pathname);
  return /^\/[A-Za-z]:\//.test(decoded) ? decoded.toLowerCase() : decoded;
}

/**
 * True only for the app's own page (app://thidua/index.html; a file:// page in the same way). Query and fragment are ignored (the
 * renderer's router lives in the fragment); any other file, scheme or host is someone else.
 */
export function isTrustedSenderUrl(url: string | null | undefined, appUrl: string): boolean {
  if (!url) return false;
  let sender: URL;
  let app: URL;
  try {
    sender = new URL(url);
    app = new URL(appUrl);
  } catch {
    return false;
  }
  return (
    (app.protocol === "app:" || app.protocol === "file:") &&
    sender.protocol === app.protocol &&
    sender.host === app.host &&
    comparablePath(sender) === comparablePath(app)
  );
}

export function trustedSender(appUrl: string): SenderCheck {
  return (event) => isTrustedSenderUrl(event.senderFrame?.url, appUrl);
}

/**
 * One ipcMain handler per contract channel, all going to the router. A frame that is not the
 * app's own page (an injected iframe, a page navigated elsewhere) gets FORBIDDEN and never
 * reaches a handler.
 */
export function registerIpc(
  ipcMain: Pick<IpcMain, "handle">,
  router: Router,
  isTrustedSender: SenderCheck,
): void {
  for (const channel of channels) {
    ipcMain.handle(channel, async (event: IpcMainInvokeEvent, input: unknown, session: unknown) => {
      if (!isTrustedSender(event)) return FORBIDDEN_RESULT;
      return await router(channel, input, typeof session === "string" ? session : undefined);
    });
  }
}
