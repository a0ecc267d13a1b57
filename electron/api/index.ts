import { awardsHandlers } from "./awards";
import { catalogueHandlers } from "./catalogue";
import { certificatesHandlers } from "./certificates";
import { directoryHandlers } from "./directory";
import { documentsHandlers } from "./documents";
import { decisionsHandlers } from "./decisions";
import { dossiersHandlers } from "./dossiers";
import { meetingsHandlers } from "./meetings";
import { forwardingHandlers } from "./forwarding";
import { exchangeHandlers } from "./exchange";
import { filesHandlers } from "./files";
import { movementsHandlers } from "./movements";
import { plansHandlers } from "./plans";
import { registrationsHandlers } from "./registrations";
import { reportsHandlers } from "./reports";
import { authHandlers } from "./auth";
import { auditHandlers } from "./audit";
import { statisticsHandlers } from "./statistics";
import { scoringHandlers } from "./scoring";
import type { Handlers } from "./router";
import { settingsHandlers } from "./settings";
import { systemHandlers } from "./system";

/** Every handler, registered in one block; the type makes a missing one a compile error. */
export const handlers: Handlers = {
  ...systemHandlers,
  ...auditHandlers,
  ...settingsHandlers,
  ...certificatesHandlers,
  ...catalogueHandlers,
  ...directoryHandlers,
  ...filesHandlers,
  ...documentsHandlers,
  ...plansHandlers,
  ...movementsHandlers,
  ...scoringHandlers,
  ...registrationsHandlers,
  ...awardsHandlers,
  ...dossiersHandlers,
  ...decisionsHandlers,
  ...meetingsHandlers,
  ...forwardingHandlers,
  ...exchangeHandlers,
  ...reportsHandlers,
  ...authHandlers,
  ...statisticsHandlers,
};
