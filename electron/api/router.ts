import { randomUUID } from "node:crypto";
import {
  contract,
  isChannel,
  type Channel,
  type OutputOf,
  type ParsedInputOf,
  type Result,
} from "../contract";
import type { AppContext } from "./context";
import { toErrorPayload, validationPayload, type Logger } from "./errors";
import type { AppErrorPayload } from "../contract";
import { withCaller, type Caller } from "../auth/sessions";

export type Handler<C extends Channel> = (
  input: ParsedInputOf<C>,
  ctx: AppContext,
) => OutputOf<C> | Promise<OutputOf<C>>;
export type Handlers = { [C in Channel]: Handler<C> };
export type HandlersFor<P> = { [C in keyof P & Channel]: Handler<C> };

export interface RouterOptions {
  /** Check every output against the contract (development and tests). */
  validateOutput: boolean;
  log: Logger;
  /** Who may call: the caller, or the refusal (electron/auth/authorize.ts). */
  authorize?: (channel: Channel, session: string | undefined) => Authorized;
}

export type Authorized = { ok: true; caller: Caller } | { ok: false; error: AppErrorPayload };

/** A call of the contract; `session` is the signed-in session's token (none before sign-in). */
export type Router = (
  channel: string,
  input: unknown,
  session?: string,
) => Promise<Result<unknown>>;

/** The single entry of both transports: look up, validate, call, wrap in a Result. */
export function createRouter(
  handlers: Handlers,
  getContext: () => AppContext,
  opts: RouterOptions,
): Router {
  return async (channel, rawInput, session) => {
    if (!isChannel(channel)) {
      return { ok: false, error: { code: "NOT_FOUND", message: "Chức năng không tồn tại." } };
    }
    // Refused before the input is even read: a caller without the right learns nothing more.
    let auth: Authorized;
    try {
      auth = opts.authorize?.(channel, session) ?? {
        ok: true,
        caller: { session, accountId: null },
      };
    } catch (e) {
      return { ok: false, error: toErrorPayload(e, opts.log, channel) };
    }
    if (!auth.ok) return { ok: false, error: auth.error };
    const def = contract[channel];
    const parsed = def.input.safeParse(rawInput ?? {});
    if (!parsed.success) return { ok: false, error: validationPayload(parsed.error) };
    try {
      const handler = handlers[channel] as (i: unknown, c: AppContext) => unknown;
      const caller = { ...auth.caller, channel, opId: randomUUID() };
      const value = await withCaller(caller, () => handler(parsed.data, getContext()));
      if (opts.validateOutput) {
        const out = def.output.safeParse(value);
        if (!out.success) {
          opts.log.error(`${channel}: output does not match the contract`, out.error.issues);
          return {
            ok: false,
            error: toErrorPayload(new Error("output mismatch"), opts.log, channel),
          };
        }
      }
      return { ok: true, value };
    } catch (e) {
      return { ok: false, error: toErrorPayload(e, opts.log, channel) };
    }
  };
}
