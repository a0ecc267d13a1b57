/**
 * Every area's way of refilling its documents in the register (sổ văn bản), and the areas that
 * issue their own drafts, registered in one place at backend start.
 */
import { registerFillResolver, registerOwnIssuer } from "../documents/register";
import { decisionCancelFill, decisionFill, issueDecisionFromRegister } from "./decisions";
import { genericFill } from "./documents";
import {
  FORWARD_PROPOSAL_SOURCE,
  FORWARD_REPORT_SOURCE,
  forwardProposalFill,
  forwardReportFill,
} from "./forwarding";
import {
  MINUTES_SOURCE,
  PROPOSAL_SOURCE,
  councilProposalFill,
  meetingMinutesFill,
} from "./meetings";
import { movementPlanFill } from "./movements";
import { yearPlanFill } from "./plans";
import {
  ROLLUP_REPORT_SOURCE,
  registrationPactFill,
  registrationRollupFill,
} from "./registrations";
import { SUMMARY_REPORT_SOURCE, summaryReportFill } from "./reports";
import { scoreMinutesFill } from "./scoring";

/** Idempotent: registering again replaces each entry with the same function. */
export function registerDocumentResolvers(): void {
  registerFillResolver("generic", genericFill);
  registerFillResolver("year_plan", yearPlanFill);
  registerFillResolver("movement_plan", movementPlanFill);
  registerFillResolver("score_minutes", scoreMinutesFill);
  registerFillResolver("registration_pact", registrationPactFill);
  registerFillResolver(ROLLUP_REPORT_SOURCE, registrationRollupFill);
  registerFillResolver(MINUTES_SOURCE, meetingMinutesFill);
  registerFillResolver(PROPOSAL_SOURCE, councilProposalFill);
  registerFillResolver(FORWARD_PROPOSAL_SOURCE, forwardProposalFill);
  registerFillResolver(FORWARD_REPORT_SOURCE, forwardReportFill);
  registerFillResolver(SUMMARY_REPORT_SOURCE, summaryReportFill);
  registerFillResolver("decision", decisionFill);
  registerFillResolver("decision_cancel", decisionCancelFill);
  registerOwnIssuer("decision", issueDecisionFromRegister);
}
