/** Native abilities, implemented by Electron in the desktop app and headlessly elsewhere. */
export interface Platform {
  readonly kind: "electron" | "headless";
  /** Open a file with the system's default application (Word for .docx). */
  openPath(file: string): Promise<void>;
  /** Show a file or folder in the system's file manager. */
  revealInFolder(target: string): Promise<void>;
  /**
   * Let the officer choose a file to read (import, a template, a scanned copy). Null when
   * cancelled, or where there is no native dialog (browser mode uploads through the page).
   */
  chooseOpenFile(opts: { title: string; extensions: string[] }): Promise<string | null>;
  /**
   * Print a file through the system's default application (Windows: the "Print" verb). Where the
   * system has no print verb the file is opened instead, for the officer to print from there.
   */
  printPath(file: string): Promise<void>;
  /** Let the officer choose a folder to write into (a USB stick). Null when cancelled or absent. */
  chooseFolder(opts: { title: string }): Promise<string | null>;
}
