import type { QueryClient } from "@tanstack/react-query";
import type { OutputOf } from "../../../electron/contract";
import { setSignedInSession } from "../../api/transport";

export const NO_AUTO_SIGN_IN_KEY = "tdkt.no-auto-sign-in";

/**
 * Signed out (by the officer, the idle lock, or a session the backend no longer knows): the
 * sign-in screen shows at once, which unmounts every page and its queries; a refetch of
 * everything instead would keep refusing and cancelling the status that decides it.
 */
export function showSignedOut(queryClient: QueryClient) {
  setSignedInSession(null);
  // Signed out on purpose or by the idle lock: automatic sign-in waits for a click.
  sessionStorage.setItem(NO_AUTO_SIGN_IN_KEY, "1");
  queryClient.setQueryData<OutputOf<"auth.status">>(["auth.status", {}], (s) =>
    s ? { ...s, account: null } : s,
  );
  void queryClient.invalidateQueries({ queryKey: ["auth.status"], refetchType: "none" });
}
