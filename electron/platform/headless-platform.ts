import type { Platform } from "./platform";

/**
 * Browser mode and tests: there is no desktop to open windows on, so files stay in the data
 * folder and the handlers return their paths for the officer to open.
 */
export function createHeadlessPlatform(): Platform & { opened: string[] } {
  const opened: string[] = [];
  return {
    kind: "headless",
    opened,
    async openPath(file) {
      opened.push(file);
    },
    async revealInFolder(target) {
      opened.push(target);
    },
    async chooseOpenFile() {
      return null;
    },
    async chooseFolder() {
      return null;
    },
    // No printer here: the handler returns the path and the page offers the file instead.
    async printPath(file) {
      opened.push(file);
    },
  };
}
