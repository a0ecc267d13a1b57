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
}

export type Router = (channel: string, input: unknown) => Promise<Result<unknown>>;

/** The single entry of both transports: look up, validate, call, wrap in a Result. */
export function createRouter(
  handlers: Handlers,
  getContext: () => AppContext,
  opts: RouterOptions,
): Router {
  return async (channel, rawInput) => {
    if (!isChannel(channel)) {
      return { ok: false, error: { code: "NOT_FOUND", message: "Chức năng không tồn tại." } };
    }
    const def = contract[channel];
    const parsed = def.input.safeParse(rawInput ?? {});
    if (!parsed.success) return { ok: false, error: validationPayload(parsed.error) };
    try {
      const handler = handlers[channel] as (i: unknown, c: AppContext) => unknown;
      const value = await handler(parsed.data, getContext());
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
