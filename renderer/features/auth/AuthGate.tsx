import { Center, Loader } from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useState, type ReactNode } from "react";
import type { OutputOf } from "../../../electron/contract";
import { call, SIGNED_OUT_EVENT } from "../../api/client";
import { useApiQuery } from "../../api/hooks";
import { NO_AUTO_SIGN_IN_KEY, showSignedOut } from "./signed-out";
import { useSignIn } from "./use-sign-in";
import { ErrorScreen } from "../../components/ErrorScreen";
import { SignInScreen } from "./SignInScreen";

const ACTIVITY = ["pointerdown", "keydown", "wheel", "pointermove"] as const;

/**
 * With accounts, nothing shows before sign-in; a session idle for the office's minutes locks
 * (the backend ends it too). Without accounts the installation stays open, as before.
 */
export function AuthGate({ children }: { children: (auth: OutputOf<"auth.status">) => ReactNode }) {
  const auth = useApiQuery("auth.status", {});
  const queryClient = useQueryClient();
  const [reason, setReason] = useState<string | null>(null);
  const signInAutomatically = useSignIn("auth.autoSignIn");
  useEffect(() => {
    const ended = () => {
      setReason("Phiên làm việc đã hết. Hãy đăng nhập lại.");
      showSignedOut(queryClient);
    };
    window.addEventListener(SIGNED_OUT_EVENT, ended);
    return () => window.removeEventListener(SIGNED_OUT_EVENT, ended);
  }, [queryClient]);

  const signedIn = auth.data?.account ?? null;
  const minutes = auth.data?.idleMinutes ?? 15;
  useEffect(() => {
    if (!signedIn) return;
    let timer = 0;
    const lock = () => {
      void call("auth.logout", {})
        .catch(() => undefined)
        .finally(() => {
          setReason(`Ứng dụng đã khóa sau ${minutes} phút không dùng. Hãy đăng nhập lại.`);
          showSignedOut(queryClient);
        });
    };
    const restart = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(lock, minutes * 60_000);
    };
    restart();
    for (const e of ACTIVITY) window.addEventListener(e, restart, { passive: true });
    return () => {
      window.clearTimeout(timer);
      for (const e of ACTIVITY) window.removeEventListener(e, restart);
    };
  }, [signedIn, minutes, queryClient]);

  const auto = auth.data?.accountsExist && !auth.data.account ? auth.data.autoSignIn : null;
  const autoNow = auto !== null && !sessionStorage.getItem(NO_AUTO_SIGN_IN_KEY);
  useEffect(() => {
    if (autoNow) void signInAutomatically.run({});
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per signed-out state
  }, [autoNow]);

  if (auth.isPending)
    return (
      <Center h="100vh">
        <Loader aria-label="Đang mở dữ liệu" />
      </Center>
    );
  if (auth.isError) return <ErrorScreen error={auth.error} onRetry={() => auth.refetch()} />;
  if (auth.data.accountsExist && !auth.data.account)
    return autoNow ? (
      <Center h="100vh">
        <Loader aria-label="Đang đăng nhập" />
      </Center>
    ) : (
      <SignInScreen reason={reason} auto={auto ?? null} />
    );
  return <>{children(auth.data)}</>;
}
