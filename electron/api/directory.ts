import type { directoryProcedures } from "../contract";
import { exchangeHandlers } from "./directory-exchange";
import { peopleHandlers } from "./directory-people";
import { unitHandlers } from "./directory-units";
import type { HandlersFor } from "./router";

/** The directory (danh bạ): units and clusters, people and households, ratings, initiatives, import/export. */
export const directoryHandlers: HandlersFor<typeof directoryProcedures> = {
  ...unitHandlers,
  ...peopleHandlers,
  ...exchangeHandlers,
};
