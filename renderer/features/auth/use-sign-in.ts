import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import type { Channel, InputOf, OutputOf } from "../../../electron/contract";
import { ApiError, call } from "../../api/client";
import { notifyError } from "../../api/hooks";
import { setSignedInSession } from "../../api/transport";
import { NO_AUTO_SIGN_IN_KEY } from "./signed-out";

type SignInChannel = "auth.login" | "auth.createFirstAdmin" | "auth.recover" | "auth.autoSignIn";

/**
 * A call that signs in: the session is kept before anything is asked again (a plain mutation
 * would refresh every query first, still signed out). `keep` runs before the refresh.
 */
export function useSignIn<C extends SignInChannel & Channel>(channel: C) {
  const queryClient = useQueryClient();
  const [pending, setPending] = useState(false);
  const [fields, setFields] = useState<Record<string, string>>({});
  const run = async (input: InputOf<C>, keep?: (r: OutputOf<C>) => void) => {
    setPending(true);
    setFields({});
    try {
      const r = await call(channel, input);
      setSignedInSession(r.session);
      sessionStorage.removeItem(NO_AUTO_SIGN_IN_KEY);
      keep?.(r);
      await queryClient.invalidateQueries();
    } catch (e) {
      notifyError(e);
      if (e instanceof ApiError) setFields(e.fields);
    } finally {
      setPending(false);
    }
  };
  return { run, pending, fields };
}
