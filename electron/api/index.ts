import { catalogueHandlers } from "./catalogue";
import { filesHandlers } from "./files";
import { plansHandlers } from "./plans";
import type { Handlers } from "./router";
import { settingsHandlers } from "./settings";
import { systemHandlers } from "./system";

/** Every handler, registered in one block; the type makes a missing one a compile error. */
export const handlers: Handlers = {
  ...systemHandlers,
  ...settingsHandlers,
  ...catalogueHandlers,
  ...filesHandlers,
  ...plansHandlers,
};
