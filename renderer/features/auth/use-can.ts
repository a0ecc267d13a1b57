import { accessOf, contract, mayCall, type Channel } from "../../../electron/contract";
import { useApiQuery } from "../../api/hooks";

/**
 * Whether the signed-in account may call a procedure, by the contract's one map (the backend
 * checks the same and refuses the rest): what the role cannot do is not offered. Without
 * accounts, everything is.
 */
export function useCan(): (channel: Channel) => boolean {
  const status = useApiQuery("auth.status", {});
  const s = status.data;
  return (channel) => {
    if (!s || !s.accountsExist) return true;
    if (!s.account) return false;
    return mayCall(s.account, accessOf(channel, contract[channel].kind));
  };
}
