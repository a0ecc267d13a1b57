import type { z } from "zod";
import { awardsProcedures } from "./awards";
import { catalogueProcedures } from "./catalogue";
import { certificatesProcedures } from "./certificates";
import { directoryProcedures } from "./directory";
import { exchangeProcedures } from "./exchange";
import { filesProcedures } from "./files";
import { documentsProcedures } from "./documents";
import { decisionsProcedures } from "./decisions";
import { dossiersProcedures } from "./dossiers";
import { meetingsProcedures } from "./meetings";
import { forwardingProcedures } from "./forwarding";
import { movementsProcedures } from "./movements";
import { plansProcedures } from "./plans";
import { registrationsProcedures } from "./registrations";
import { reportsProcedures } from "./reports";
import { authProcedures } from "./auth";
import { auditProcedures } from "./audit";
import { statisticsProcedures } from "./statistics";
import { scoringProcedures } from "./scoring";
import type { ProcedureDef } from "./define";
import { settingsProcedures } from "./settings";
import { systemProcedures } from "./system";

export * from "./vocabulary";
export * from "./result";
export * from "./common";
export * from "./settings";
export * from "./catalogue";
export * from "./directory";
export * from "./files";
export * from "./documents";
export * from "./plans";
export * from "./movements";
export * from "./scoring";
export * from "./registrations";
export * from "./dossiers";
export * from "./decisions";
export * from "./meetings";
export * from "./forwarding";
export * from "./certificates";
export * from "./system";
export * from "./format";
export * from "./text";
export * from "./periods";
export * from "./nomination-rules";
export * from "./votes";
export * from "./file-types";
export * from "./awards";
export * from "./exchange";
export * from "./reports";
export * from "./auth";
export * from "./audit";
export * from "./statistics";

/** Every procedure of the app, declared once. Channels, routes and the client derive from this. */
export const contract = {
  ...systemProcedures,
  ...settingsProcedures,
  ...certificatesProcedures,
  ...catalogueProcedures,
  ...directoryProcedures,
  ...filesProcedures,
  ...documentsProcedures,
  ...plansProcedures,
  ...movementsProcedures,
  ...scoringProcedures,
  ...registrationsProcedures,
  ...awardsProcedures,
  ...dossiersProcedures,
  ...decisionsProcedures,
  ...meetingsProcedures,
  ...forwardingProcedures,
  ...exchangeProcedures,
  ...reportsProcedures,
  ...authProcedures,
  ...auditProcedures,
  ...statisticsProcedures,
} satisfies Record<string, ProcedureDef>;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type InputOf<C extends Channel> = z.input<Contract[C]["input"]>;
export type ParsedInputOf<C extends Channel> = z.output<Contract[C]["input"]>;
export type OutputOf<C extends Channel> = z.output<Contract[C]["output"]>;

export const channels = Object.keys(contract) as Channel[];

/** Channel names are "area.method": the HTTP route is /api/area.method, the IPC channel the same. */
export const channelPattern = /^[a-z]+\.[a-zA-Z]+$/;
export function isChannel(name: string): name is Channel {
  return Object.prototype.hasOwnProperty.call(contract, name);
}
