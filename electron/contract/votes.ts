import type { VoteOutcome } from "./vocabulary";

/**
 * One nomination's result from the agreeing votes, the members present and the votes it needs
 * (electron/domain/council-votes.ts `votesNeeded`): "chua_du" while the count is missing or
 * impossible (more than present, negative, not whole).
 */
export function voteOutcome(agree: number | null, present: number, needed: number): VoteOutcome {
  if (agree === null || !Number.isInteger(agree) || agree < 0 || agree > present) return "chua_du";
  return agree >= needed ? "dat" : "khong_dat";
}
