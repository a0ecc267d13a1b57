// Renders a page with the app's providers (Mantine, React Query, modals, router) over a fake
// transport that answers from a table of handlers and records every call.
import { MantineProvider } from "@mantine/core";
import { ModalsProvider } from "@mantine/modals";
import { Notifications } from "@mantine/notifications";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render } from "@testing-library/react";
import type { ReactElement } from "react";
import { MemoryRouter, Route, Routes } from "react-router";
import type { Channel, InputOf, OutputOf } from "../../electron/contract";
import { setTransport } from "../../renderer/api/client";

type Handlers = { [C in Channel]?: (input: InputOf<C>) => OutputOf<C> };

/** happy-dom lacks what Mantine measures with; the browser has them. */
function polyfill() {
  window.matchMedia ??= ((query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => {},
    removeListener: () => {},
    addEventListener: () => {},
    removeEventListener: () => {},
    dispatchEvent: () => false,
  })) as unknown as typeof window.matchMedia;
  if (!("fonts" in document))
    Object.defineProperty(document, "fonts", { value: new EventTarget() });
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
}

export function renderRoute(
  element: ReactElement,
  { path, url, handlers }: { path: string; url: string; handlers: Handlers },
) {
  polyfill();
  const calls: { channel: string; input: unknown }[] = [];
  setTransport(async (channel, input) => {
    calls.push({ channel, input });
    const handler = (handlers as Record<string, ((i: unknown) => unknown) | undefined>)[channel];
    if (!handler)
      return { ok: false, error: { code: "NOT_FOUND", message: `Không có ${channel} trong thử` } };
    return { ok: true, value: handler(input) };
  });
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const view = render(
    <MantineProvider>
      <QueryClientProvider client={client}>
        <ModalsProvider labels={{ confirm: "Đồng ý", cancel: "Hủy" }}>
          <Notifications />
          <MemoryRouter initialEntries={[url]}>
            <Routes>
              <Route path={path} element={element} />
            </Routes>
          </MemoryRouter>
        </ModalsProvider>
      </QueryClientProvider>
    </MantineProvider>,
  );
  return { ...view, calls };
}
