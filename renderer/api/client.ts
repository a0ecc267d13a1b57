import {
  type AppErrorPayload,
  type Channel,
  type InputOf,
  type OutputOf,
} from "../../electron/contract";
import { defaultTransport, setSignedInSession, type Transport } from "./transport";

/** Dispatched on window when a call finds the session gone. */
export const SIGNED_OUT_EVENT = "tdkt:signed-out";

/** Thrown by the client for a failed Result; `message` is Vietnamese and safe to show. */
export class ApiError extends Error {
  constructor(readonly payload: AppErrorPayload) {
    super(payload.message);
    this.name = "ApiError";
  }
  get code() {
    return this.payload.code;
  }
  get fields() {
    return this.payload.fields ?? {};
  }
}

let transport: Transport | null = null;
export function setTransport(t: Transport) {
  transport = t;
}

/** Call a procedure of the contract: typed input, typed output, errors as ApiError. */
export async function call<C extends Channel>(channel: C, input: InputOf<C>): Promise<OutputOf<C>> {
  transport ??= defaultTransport();
  const result = await transport(channel, input);
  if (!result.ok) {
    // The session ended (idle, disabled, the app restarted): the sign-in screen takes over.
    if (result.error.code === "UNAUTHENTICATED") {
      setSignedInSession(null);
      window.dispatchEvent(new Event(SIGNED_OUT_EVENT));
    }
    throw new ApiError(result.error);
  }
  return result.value as OutputOf<C>;
}
