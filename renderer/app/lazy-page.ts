import { lazy, type ComponentType } from "react";

const loaders: (() => Promise<unknown>)[] = [];

/**
 * A page component loaded on its first visit, so the first screen evaluates only the shell and
 * the overview. `preloadPages` then fetches the rest while the officer reads the overview.
 */
export function lazyPage<M extends Record<string, unknown>, K extends keyof M & string>(
  load: () => Promise<M>,
  name: K,
) {
  loaders.push(load);
  return lazy(async () => ({ default: (await load())[name] as ComponentType }));
}

/** Loads every page's code in the background (once the first screen is up). */
export function preloadPages() {
  const idle = (cb: () => void) =>
    "requestIdleCallback" in window ? window.requestIdleCallback(cb) : setTimeout(cb, 200);
  idle(() => {
    for (const load of loaders) void load().catch(() => undefined);
  });
}
