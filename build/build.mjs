// Builds what the app needs: the Node side with esbuild, the renderer with Vite.
//   --server-only   skip the renderer (benchmarks)
//   --production    production mode (no output validation, minified renderer)
import { build as esbuild } from "esbuild";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const args = new Set(process.argv.slice(2));
const production = args.has("--production");

const common = {
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "node20",
  sourcemap: true,
  external: ["electron", "better-sqlite3"],
  // pdfkit's ES build reads import.meta.url at load, which is empty in CommonJS: take its CJS build.
  alias: { pdfkit: path.join(root, "node_modules", "pdfkit", "js", "pdfkit.js") },
  define: production ? { "process.env.NODE_ENV": '"production"' } : {},
  logLevel: "warning",
};

const entries = [
  ["electron/browser-main.ts", "out/electron/browser-main.cjs"],
  ["electron/main.ts", "out/electron/main.cjs"],
  ["electron/preload.ts", "out/electron/preload.cjs"],
];

const started = Date.now();
await Promise.all(
  entries
    .filter(([src]) => fs.existsSync(path.join(root, src)))
    .map(([src, out]) =>
      esbuild({ ...common, entryPoints: [path.join(root, src)], outfile: path.join(root, out) }),
    ),
);

if (!args.has("--server-only")) {
  const { build } = await import("vite");
  await build({
    configFile: path.join(root, "build", "vite.config.mts"),
    mode: production ? "production" : "development",
    logLevel: "warn",
  });
}
console.log(`Đã dựng xong (${((Date.now() - started) / 1000).toFixed(1)} giây).`);
