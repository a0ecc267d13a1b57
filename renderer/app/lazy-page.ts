import { createElement, lazy, useState, type ComponentType } from "react";

const loaders: (() => Promise<unknown>)[] = [];

/**
 * A component whose code is loaded when it is first drawn: a page on its first visit (the first
 * screen evaluates only the shell and the overview), a dialog when it first opens (a page draws
 * without its dialogs' forms). `preloadPages` then fetches them all while the officer reads the
 * overview. Once its code is here the component renders at once (React.lazy would still suspend
 * on its first render, holding the route change for a round trip through the scheduler). Wrap a
 * dialog in its own Suspense, or the page around it is replaced while the dialog loads.
 */
export function lazyComponent<M, K extends keyof M>(load: () => Promise<M>, name: K) {
  type Props = M[K] extends ComponentType<infer P> ? P : never;
  let loaded: ComponentType<Props> | undefined;
  const keep = () =>
    load().then((m) => {
      loaded = m[name] as ComponentType<Props>;
      return loaded;
    });
  loaders.push(keep);
  const Lazy = lazy(async () => ({ default: await keep() }));
  function Loaded(props: Props) {
    // Chosen once per mount: switching from Lazy to the loaded component would remount it.
    const [Direct] = useState(() => loaded);
    return createElement((Direct ?? Lazy) as ComponentType<object>, props as object);
  }
  Loaded.displayName = String(name);
  return Loaded as ComponentType<Props>;
}

/** Loads every lazy component's code in the background, once the first screen is up. */
export function preloadPages() {
  const idle = (cb: () => void) =>
    "requestIdleCallback" in window ? window.requestIdleCallback(cb) : setTimeout(cb, 200);
  idle(() => {
    for (const load of loaders) void load().catch(() => undefined);
  });
}
