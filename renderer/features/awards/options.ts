import { useMemo } from "react";
import { awardLabel, recipientKindLabels, type RecipientKind } from "../../../electron/contract";
import { useApiQuery } from "../../api/hooks";

/** The catalogue's award forms, one per code (its latest version), as select options. */
export function useAwardOptions(kind: RecipientKind | null = null) {
  const list = useApiQuery("catalogue.listAwards", {});
  return useMemo(() => {
    const byCode = new Map<string, { code: string; name: string; recipientKind: RecipientKind }>();
    for (const a of list.data ?? []) byCode.set(a.code, a);
    const all = [...byCode.values()];
    return {
      all,
      options: all
        .filter((a) => !kind || a.recipientKind === kind)
        .map((a) => ({
          value: a.code,
          label: kind ? a.name : awardLabel(a),
        })),
    };
  }, [list.data, kind]);
}

export const kindOptions = (Object.keys(recipientKindLabels) as RecipientKind[]).map((k) => ({
  value: k,
  label: recipientKindLabels[k],
}));
