import { Center, Loader, MantineProvider } from "@mantine/core";
import { DatesProvider } from "@mantine/dates";
import { ModalsProvider } from "@mantine/modals";
import { Notifications } from "@mantine/notifications";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { Suspense } from "react";
import { createHashRouter, RouterProvider } from "react-router";
import type { Channel, InputOf } from "../../electron/contract";
import { call } from "../api/client";
import { useApiQuery } from "../api/hooks";
import { ErrorScreen } from "../components/ErrorScreen";
import { ErrorBoundary } from "./ErrorBoundary";
import { Shell } from "./Shell";
import { AuthGate } from "../features/auth/AuthGate";
import { lazyComponent } from "./lazy-page";
import { theme } from "./theme";
import { UnsavedChangesProvider } from "./unsaved-changes";

/** Only a new or damaged installation needs these: they load when shown. */
const SetupWizard = lazyComponent(() => import("../features/setup/SetupWizard"), "SetupWizard");
const RecoveryScreen = lazyComponent(
  () => import("../features/system/RecoveryScreen"),
  "RecoveryScreen",
);

const queryClient = new QueryClient({
  defaultOptions: {
    // Local backend: no retries that would hide an error, no refetch storms on focus.
    queries: { retry: false, refetchOnWindowFocus: false, staleTime: 30_000 },
  },
});

/**
 * The first screen needs the database's state, the office, the working year and that year's
 * overview: ask for them all at once instead of one after the other as the components mount.
 */
function warmUp() {
  // Fetched ahead, then marked stale: the first screen shows them at once, and a page that mounts
  // later still asks again, as it would have without the head start.
  const prefetch = async <C extends Channel>(channel: C, input: InputOf<C>) => {
    const queryKey = [channel, input];
    await queryClient.prefetchQuery({ queryKey, queryFn: () => call(channel, input) });
    await queryClient.invalidateQueries({ queryKey, exact: true, refetchType: "none" });
  };
  void prefetch("system.status", {});
  void prefetch("settings.getProfile", {});
  void call("settings.getPreferences", {})
    .then((preferences) => {
      const queryKey = ["settings.getPreferences", {}];
      queryClient.setQueryData(queryKey, preferences);
      void queryClient.invalidateQueries({ queryKey, exact: true, refetchType: "none" });
      return prefetch("plans.dashboard", { year: preferences.workingYear });
    })
    .catch(() => undefined);
}
warmUp();

/** What the app shows depends on the database: damaged → recovery, new → setup, else the shell. */
function StatusGate() {
  const status = useApiQuery("system.status", {});
  if (status.isPending) {
    return (
      <Center h="100vh">
        <Loader aria-label="Đang mở dữ liệu" />
      </Center>
    );
  }
  if (status.isError) return <ErrorScreen error={status.error} onRetry={() => status.refetch()} />;
  if (status.data.state === "damaged")
    return (
      <Suspense fallback={<Loader aria-label="Đang mở dữ liệu" />}>
        <RecoveryScreen status={status.data} />
      </Suspense>
    );
  if (status.data.state === "needs_setup")
    return (
      <Suspense fallback={<Loader aria-label="Đang mở dữ liệu" />}>
        <SetupWizard />
      </Suspense>
    );
  const ready = status.data;
  return <AuthGate>{(auth) => <Shell status={ready} auth={auth} />}</AuthGate>;
}

/**
 * A data router (routes stay in the shell's <Routes>) because leaving a page with unsaved input
 * is blocked with useBlocker, which needs one. The error boundary sits inside the route: the
 * router would otherwise show its own English error page.
 */
const router = createHashRouter([
  {
    path: "*",
    element: (
      <UnsavedChangesProvider>
        <ErrorBoundary>
          <StatusGate />
        </ErrorBoundary>
      </UnsavedChangesProvider>
    ),
  },
]);

export function App() {
  return (
    <MantineProvider theme={theme}>
      <DatesProvider settings={{ locale: "vi", firstDayOfWeek: 1 }}>
        <QueryClientProvider client={queryClient}>
          <ModalsProvider labels={{ confirm: "Đồng ý", cancel: "Hủy" }}>
            {/* Bottom right: never over the page title and its action buttons. */}
            <Notifications position="bottom-right" limit={3} />
            <RouterProvider router={router} />
          </ModalsProvider>
        </QueryClientProvider>
      </DatesProvider>
    </MantineProvider>
  );
}
