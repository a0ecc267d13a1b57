// A stand-in for the "electron" module: the real package tries to download its binary when
// imported outside Electron. Use with
//   vi.mock("electron", () => import("./fake-electron").then((m) => m.fakeElectron()));
// and read what the code under test did from the returned objects.
import { vi } from "vitest";

type Listener = (...args: any[]) => unknown;

class Emitter {
  readonly listeners = new Map<string, Listener[]>();
  on = vi.fn((event: string, fn: Listener) => {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), fn]);
    return this;
  });
  once = this.on;
  emit(event: string, ...args: unknown[]) {
    for (const fn of this.listeners.get(event) ?? []) fn(...args);
  }
}

export class FakeWebContents extends Emitter {
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  setWindowOpenHandler = vi.fn((fn: (details: { url: string }) => { action: string }) => {
    this.windowOpenHandler = fn;
  });
}

export class FakeBrowserWindow extends Emitter {
  static instances: FakeBrowserWindow[] = [];
  static getFocusedWindow = vi.fn((): FakeBrowserWindow | null => null);
  readonly webContents = new FakeWebContents();
  show = vi.fn();
  focus = vi.fn();
  restore = vi.fn();
  isMinimized = vi.fn(() => false);
  removeMenu = vi.fn();
  loadFile = vi.fn(async (_file: string) => undefined);
  loadURL = vi.fn(async (_url: string) => undefined);
  constructor(readonly options: any) {
    super();
    FakeBrowserWindow.instances.push(this);
  }
}

export function fakeSession() {
  return {
    webRequest: { onHeadersReceived: vi.fn() },
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
  };
}

export function fakeElectron() {
  FakeBrowserWindow.instances = [];
  const app = Object.assign(new Emitter(), {
    isPackaged: false,
    requestSingleInstanceLock: vi.fn(() => true),
    quit: vi.fn(),
    exit: vi.fn(),
    whenReady: vi.fn(() => Promise.resolve()),
    setPath: vi.fn(),
    setAppUserModelId: vi.fn(),
    getVersion: vi.fn(() => "0.0.0-test"),
    getAppPath: vi.fn(() => process.cwd()),
  });
  return {
    app,
    BrowserWindow: FakeBrowserWindow,
    session: { defaultSession: fakeSession() },
    ipcMain: { handle: vi.fn() },
    protocol: {
      registerSchemesAsPrivileged: vi.fn(),
      handle: vi.fn((_scheme: string, _handler: (request: Request) => Response) => undefined),
    },
    ipcRenderer: {
      invoke: vi.fn(async (_channel: string, _input: unknown): Promise<unknown> => ({
        ok: true,
        value: null,
      })),
    },
    contextBridge: { exposeInMainWorld: vi.fn() },
    shell: { openPath: vi.fn(async (_file: string) => ""), showItemInFolder: vi.fn() },
    dialog: {
      showErrorBox: vi.fn(),
      showMessageBoxSync: vi.fn((..._args: unknown[]): number => 0),
      showOpenDialog: vi.fn(
        async (..._args: unknown[]): Promise<{ canceled: boolean; filePaths: string[] }> => ({
          canceled: true,
          filePaths: [],
        }),
      ),
    },
  };
}

export type FakeElectron = ReturnType<typeof fakeElectron>;
