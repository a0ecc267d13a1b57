import {
  type AppErrorPayload,
  type Channel,
  type InputOf,
  type OutputOf,
} from "../../electron/contract";
import { defaultTransport, type Transport } from "./transport";

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
  if (!result.ok) throw new ApiError(result.error);
  return result.value as OutputOf<C>;
}
