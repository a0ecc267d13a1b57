import { lazy, type ComponentType } from "react";

const loaders: (() => Promise<unknown>)[] = [];

/**
 * A page component loaded on its first visit, so the first screen evaluates only the shell and
 * the overview. `preloadPages` then fetches the rest while the officer reads the overview.
 */
export function lazyPage<M, K extends keyof M>(load: () => Promise<M>, name: K) {
  loaders.push(load);
  type Page = M[K] extends ComponentType<infer P> ? ComponentType<P> : never;
  return lazy(async () => ({ default: (await load())[name] as Page }));
}

/** Loads every page's code in the background (once the first screen is up). */
export function preloadPages() {
  const idle = (cb: () => void) =>
    "requestIdleCallback" in window ? window.requestIdleCallback(cb) : setTimeout(cb, 200);
  idle(() => {
    for (const load of loaders) void load().catch(() => undefined);
  });
}
