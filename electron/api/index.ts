import { catalogueHandlers } from "./catalogue";
import { directoryHandlers } from "./directory";
import { documentsHandlers } from "./documents";
import { filesHandlers } from "./files";
import { movementsHandlers } from "./movements";
import { plansHandlers } from "./plans";
import { scoringHandlers } from "./scoring";
import type { Handlers } from "./router";
import { settingsHandlers } from "./settings";
import { systemHandlers } from "./system";

/** Every handler, registered in one block; the type makes a missing one a compile error. */
export const handlers: Handlers = {
  ...systemHandlers,
  ...settingsHandlers,
  ...catalogueHandlers,
  ...directoryHandlers,
  ...filesHandlers,
  ...documentsHandlers,
  ...plansHandlers,
  ...movementsHandlers,
  ...scoringHandlers,
};
