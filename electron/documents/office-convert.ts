/**
 * .docx → PDF with the office suite installed on the machine: LibreOffice (any platform) or, on
 * Windows, Microsoft Word through PowerShell. Neither is bundled.
 */
import { execFile } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

export class NoOfficeSuiteError extends Error {
  constructor() {
    super(
      "Không tìm thấy LibreOffice hay Microsoft Word trên máy này nên chưa xuất được PDF. Hãy cài LibreOffice (miễn phí) hoặc mở văn bản bằng Word rồi chọn Lưu thành PDF.",
    );
  }
}

const WINDOWS_CANDIDATES = [
  "C:\\Program Files\\LibreOffice\\program\\soffice.exe",
  "C:\\Program Files (x86)\\LibreOffice\\program\\soffice.exe",
];

/** LibreOffice's soffice on PATH or in its usual Windows places; null when absent. */
export function findSoffice(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): string | null {
  const names = platform === "win32" ? ["soffice.exe", "soffice.com"] : ["soffice", "libreoffice"];
  const dirs = (env.PATH ?? env.Path ?? "").split(platform === "win32" ? ";" : ":").filter(Boolean);
  for (const dir of dirs) {
    for (const name of names) {
      const candidate = path.join(dir, name);
      if (fs.existsSync(candidate)) return candidate;
    }
  }
  if (platform === "win32") return WINDOWS_CANDIDATES.find((c) => fs.existsSync(c)) ?? null;
  if (platform === "darwin") {
    const mac = "/Applications/LibreOffice.app/Contents/MacOS/soffice";
    return fs.existsSync(mac) ? mac : null;
  }
  return null;
}

/** LibreOffice refuses a second process on the same profile: conversions take turns. */
let queue: Promise<unknown> = Promise.resolve();

function run(file: string, args: string[], timeoutMs: number): Promise<void> {
  const next = queue.then(() => runNow(file, args, timeoutMs));
  queue = next.catch(() => undefined);
  return next;
}

function runNow(file: string, args: string[], timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(file, args, { timeout: timeoutMs, windowsHide: true }, (err, _out, stderr) => {
      if (err) reject(new Error(`${path.basename(file)}: ${err.message} ${stderr}`.trim()));
      else resolve();
    });
  });
}

export interface ConvertOptions {
  /** A private LibreOffice profile folder, so conversions do not clash with an open LibreOffice. */
  profileDir: string;
  timeoutMs?: number;
  soffice?: string | null;
  platform?: NodeJS.Platform;
}

/** Converts `docx` into `outDir`, returning the PDF's path. */
export async function convertToPdf(
  docx: string,
  outDir: string,
  opts: ConvertOptions,
): Promise<string> {
  fs.mkdirSync(outDir, { recursive: true });
  const pdf = path.join(outDir, `${path.basename(docx, path.extname(docx))}.pdf`);
  const soffice = opts.soffice === undefined ? findSoffice() : opts.soffice;
  const timeout = opts.timeoutMs ?? 120_000;
  if (soffice) {
    await run(
      soffice,
      [
        `-env:UserInstallation=${pathToFileURL(opts.profileDir).href}`,
        "--headless",
        "--convert-to",
        "pdf",
        "--outdir",
        outDir,
        docx,
      ],
      timeout,
    );
  } else if ((opts.platform ?? process.platform) === "win32") {
    // Word's SaveAs2 with wdFormatPDF (17); fails when Word is not installed.
    const q = (s: string) => `'${s.replace(/'/g, "''")}'`;
    const script = [
      "$ErrorActionPreference='Stop'",
      "$w=New-Object -ComObject Word.Application",
      "$w.Visible=$false",
      `$d=$w.Documents.Open(${q(docx)}, $false, $true)`,
      `$d.SaveAs2(${q(pdf)}, 17)`,
      "$d.Close($false)",
      "$w.Quit()",
    ].join(";");
    try {
      await run("powershell.exe", ["-NoProfile", "-NonInteractive", "-Command", script], timeout);
    } catch {
      throw new NoOfficeSuiteError();
    }
  } else {
    throw new NoOfficeSuiteError();
  }
  if (!fs.existsSync(pdf)) throw new Error(`Chuyển sang PDF không tạo ra tệp ${pdf}`);
  return pdf;
}

/** Poppler's pdftoppm on PATH, or null. */
export function findPdftoppm(env: NodeJS.ProcessEnv = process.env): string | null {
  const exe = process.platform === "win32" ? "pdftoppm.exe" : "pdftoppm";
  for (const dir of (env.PATH ?? env.Path ?? "").split(path.delimiter).filter(Boolean)) {
    const candidate = path.join(dir, exe);
    if (fs.existsSync(candidate)) return candidate;
  }
  return null;
}

/**
 * PNG images of a PDF's pages (at most `maxPages`), for the in-app preview: with pdftoppm when
 * installed, otherwise LibreOffice renders the first page only.
 */
export async function renderPages(
  pdf: string,
  docx: string,
  outDir: string,
  opts: ConvertOptions & { maxPages?: number; dpi?: number },
): Promise<{ pages: string[]; complete: boolean }> {
  fs.rmSync(outDir, { recursive: true, force: true });
  fs.mkdirSync(outDir, { recursive: true });
  const pdftoppm = findPdftoppm();
  if (pdftoppm) {
    const last = String(opts.maxPages ?? 20);
    await run(
      pdftoppm,
      [
        "-png",
        "-r",
        String(opts.dpi ?? 80),
        "-f",
        "1",
        "-l",
        last,
        pdf,
        path.join(outDir, "trang"),
      ],
      opts.timeoutMs ?? 120_000,
    );
    const pages = fs
      .readdirSync(outDir)
      .filter((f) => f.endsWith(".png"))
      .sort((a, b) => a.localeCompare(b, "en", { numeric: true }))
      .map((f) => path.join(outDir, f));
    return { pages, complete: true };
  }
  const soffice = opts.soffice === undefined ? findSoffice() : opts.soffice;
  if (!soffice) throw new NoOfficeSuiteError();
  await run(
    soffice,
    [
      `-env:UserInstallation=${pathToFileURL(opts.profileDir).href}`,
      "--headless",
      "--convert-to",
      "png",
      "--outdir",
      outDir,
      docx,
    ],
    opts.timeoutMs ?? 120_000,
  );
  const png = fs.readdirSync(outDir).filter((f) => f.endsWith(".png"));
  return { pages: png.map((f) => path.join(outDir, f)), complete: false };
}
