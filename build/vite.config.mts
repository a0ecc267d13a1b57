import react from "@vitejs/plugin-react";
import path from "node:path";
import postcssPresetMantine from "postcss-preset-mantine";
import postcssSimpleVars from "postcss-simple-vars";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

export default defineConfig({
  root: path.join(root, "renderer"),
  base: "./",
  plugins: [react()],
  css: {
    postcss: {
      plugins: [
        postcssPresetMantine(),
        postcssSimpleVars({
          variables: {
            "mantine-breakpoint-xs": "36em",
            "mantine-breakpoint-sm": "48em",
            "mantine-breakpoint-md": "62em",
            "mantine-breakpoint-lg": "75em",
            "mantine-breakpoint-xl": "88em",
          },
        }),
      ],
    },
  },
  build: {
    outDir: path.join(root, "out", "renderer"),
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    // No inline data: URLs for fonts: the CSP allows them, but files keep the bundle readable.
    assetsInlineLimit: 0,
    rolldownOptions: {
      output: {
        // Mantine and the icons as one chunk each instead of one per component: a page opened
        // while the others load in the background waits for a handful of requests, not thirty
        // (browser mode serves them over HTTP/1.1, six at a time).
        codeSplitting: {
          groups: [
            { name: "icons", test: /node_modules[\\/]@tabler[\\/]icons-react/ },
            { name: "mantine", test: /node_modules[\\/]@mantine[\\/]/ },
          ],
        },
      },
      treeshake: {
        // The contract's modules only declare things: a page that imports one label does not
        // need every zod schema, so the first screen loads without them. zod-locale is the one
        // module run for its effect (Vietnamese messages).
        moduleSideEffects: (id) =>
          /electron[\\/]contract[\\/]/.test(id) && !id.includes("zod-locale") ? false : undefined,
      },
    },
  },
});
