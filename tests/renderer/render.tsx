// Renders a page with the app's providers (Mantine with the app's theme, React Query, modals, a
// data router with the unsaved-changes guard) over a fake transport that answers from a table of
// handlers and records every call.
import { MantineProvider } from "@mantine/core";
import { ModalsProvider } from "@mantine/modals";
import { Notifications } from "@mantine/notifications";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render } from "@testing-library/react";
import type { ReactElement } from "react";
import { createMemoryRouter, Route, RouterProvider, Routes } from "react-router";
import type { Channel, InputOf, OutputOf } from "../../electron/contract";
import { setTransport } from "../../renderer/api/client";
import { theme } from "../../renderer/app/theme";
import { UnsavedChangesProvider } from "../../renderer/app/unsaved-changes";

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
  {
    path,
    url,
    handlers,
    otherRoutes = [],
  }: {
    path: string;
    url: string;
    handlers: Handlers;
    /** Pages to leave to, e.g. { path: "/ke-hoach", element: <p>Kế hoạch</p> }. */
    otherRoutes?: { path: string; element: ReactElement }[];
  },
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
  // As in the app: one data route, the pages in descendant <Routes>.
  const router = createMemoryRouter(
    [
      {
        path: "*",
        element: (
          <UnsavedChangesProvider>
            <Routes>
              <Route path={path} element={element} />
              {otherRoutes.map((r) => (
                <Route key={r.path} path={r.path} element={r.element} />
              ))}
            </Routes>
          </UnsavedChangesProvider>
        ),
      },
    ],
    { initialEntries: [url] },
  );
  const view = render(
    <MantineProvider theme={theme}>
      <QueryClientProvider client={client}>
        <ModalsProvider labels={{ confirm: "Đồng ý", cancel: "Hủy" }}>
          <Notifications />
          <RouterProvider router={router} />
        </ModalsProvider>
      </QueryClientProvider>
    </MantineProvider>,
  );
  return { ...view, calls, router };
}
