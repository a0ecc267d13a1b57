import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

const electronOnly = [
  "electron/main.ts",
  "electron/window.ts",
  "electron/preload.ts",
  "electron/ipc/**",
  "electron/platform/electron-platform.ts",
];
const noElectron = {
  name: "electron",
  message: "Chỉ main, window, preload, ipc/ và platform/electron-platform được import electron.",
};

export default tseslint.config(
  {
    ignores: [
      "node_modules/",
      "out/",
      "release/",
      "db/migrations/",
      "tests/.tmp/",
      "test-results/",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
      "no-restricted-imports": ["error", { paths: [noElectron] }],
    },
  },
  { files: electronOnly, rules: { "no-restricted-imports": "off" } },
  {
    files: ["renderer/**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "no-restricted-imports": [
        "error",
        {
          paths: [noElectron],
          patterns: [
            {
              regex: "^(\\.\\./)+(electron|db)/(?!contract)",
              message: "Renderer chỉ được import renderer/ và electron/contract.",
            },
            {
              group: ["node:*", "better-sqlite3", "drizzle-orm", "drizzle-orm/*"],
              message: "Renderer không truy cập trực tiếp hệ thống hay cơ sở dữ liệu.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["electron/contract/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { regex: "^(?!zod$|\\./).*", message: "Contract chỉ được import zod và chính nó." },
          ],
        },
      ],
    },
  },
  {
    files: ["db/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [noElectron],
          patterns: [
            {
              regex: "^(\\.\\./)+(electron|renderer)/(?!contract/(vocabulary|text|format)$)",
              message:
                "db/ không import từ electron/ hay renderer/ (trừ electron/contract/vocabulary, text và format).",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["tests/**"],
    rules: { "no-restricted-imports": "off", "@typescript-eslint/no-explicit-any": "off" },
  },
);
