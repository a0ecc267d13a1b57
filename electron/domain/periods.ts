/** Date periods: the rule lives in the contract, which the renderer shares. */
export { inForce, periodsOverlap, type Period } from "../contract/periods";
