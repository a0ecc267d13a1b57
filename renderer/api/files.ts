import type { PickedFile } from "../../electron/contract";
import { ApiError, call } from "./client";
import { browserToken } from "./transport";

/** Let the browser show its file chooser; resolves null when the officer cancels. */
function chooseInBrowser(accept: string[]): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement("input");
    input.type = "file";
    input.accept = accept.join(",");
    input.style.display = "none";
    input.addEventListener("change", () => {
      resolve(input.files?.[0] ?? null);
      input.remove();
    });
    input.addEventListener("cancel", () => {
      resolve(null);
      input.remove();
    });
    document.body.appendChild(input);
    input.click();
  });
}

/**
 * Ask the officer for a file and hand it to the backend: the desktop app's open dialog, or in
 * browser mode an upload to the loopback server (stored under the data folder's incoming/).
 * The returned path is what procedures that read files take.
 */
export async function pickFile(opts: {
  accept: string[];
  title: string;
}): Promise<PickedFile | null> {
  if (window.bridge) {
    return call("files.chooseOpenFile", {
      title: opts.title,
      extensions: opts.accept.map((a) => a.replace(/^\./, "").toLowerCase()),
    });
  }
  const file = await chooseInBrowser(opts.accept);
  if (!file) return null;
  let res: Response;
  try {
    res = await fetch(`./upload?name=${encodeURIComponent(file.name)}`, {
      method: "POST",
      headers: { "content-type": "application/octet-stream", "x-tdkt-token": browserToken() ?? "" },
      body: file,
    });
  } catch {
    throw new ApiError({
      code: "UNAVAILABLE",
      message: "Không gửi được tệp tới ứng dụng. Hãy kiểm tra ứng dụng còn chạy rồi thử lại.",
    });
  }
  const result = (await res.json()) as
    { ok: true; value: PickedFile } | { ok: false; error: ApiError["payload"] };
  if (!result.ok) throw new ApiError(result.error);
  return result.value;
}

/**
 * Give the officer a file the app produced (in the data folder): browser mode downloads it, under
 * `name` when given (a register document's stored name is an id; see documentFileName); the
 * desktop app shows it in its folder (or opens it with `open`).
 */
export async function offerDownload(
  path: string,
  action: "open" | "reveal" = "reveal",
  name?: string,
): Promise<void> {
  if (window.bridge) {
    await call("files.show", { path, action });
    return;
  }
  const link = document.createElement("a");
  const named = name ? `&name=${encodeURIComponent(name)}` : "";
  link.href = `./download?path=${encodeURIComponent(path)}${named}&token=${encodeURIComponent(browserToken() ?? "")}`;
  link.download = "";
  document.body.appendChild(link);
  link.click();
  link.remove();
}
