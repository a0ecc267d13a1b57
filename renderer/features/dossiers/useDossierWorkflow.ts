import { useState } from "react";
import { useNavigate } from "react-router";
import {
  isDossierDeletable,
  manualNominationActions,
  transitionRules,
  type DossierDetail,
  type ManualNominationAction,
  type Nomination,
} from "../../../electron/contract";
import { notifySuccess, useApiMutation } from "../../api/hooks";
import { actionButtons } from "./labels";

/** A step that needs a written reason, waiting for it in a dialog. */
export interface PendingReason {
  ids: string[];
  action: ManualNominationAction;
  who: string;
}

function toggled(set: Set<string>, id: string): Set<string> {
  const next = new Set(set);
  if (next.has(id)) next.delete(id);
  else next.add(id);
  return next;
}

/**
 * The dossier page's workflow: which dialog is open, which nominations are selected or expanded,
 * and the steps (one nomination or all selected), with the rules from the contract.
 */
export function useDossierWorkflow({ dossier, nominations }: DossierDetail) {
  const navigate = useNavigate();
  const [editing, setEditing] = useState(false);
  const [nominationEdit, setNominationEdit] = useState<Nomination | "new" | null>(null);
  const [importing, setImporting] = useState(false);
  const [history, setHistory] = useState<Nomination | null>(null);
  const [overriding, setOverriding] = useState<Nomination | null>(null);
  const [reasonFor, setReasonFor] = useState<PendingReason | null>(null);
  const [expanded, setExpanded] = useState<Set<string>>(new Set());
  const [selected, setSelected] = useState<Set<string>>(new Set());

  const remove = useApiMutation("dossiers.delete", {
    success: "Đã xóa hồ sơ",
    onSuccess: () => void navigate("/ho-so"),
  });
  const transition = useApiMutation("dossiers.transition", {
    onSuccess: () => setSelected(new Set()),
  });
  const removeNomination = useApiMutation("dossiers.deleteNomination", {
    success: "Đã xóa đề nghị",
  });
  const withdrawOverride = useApiMutation("dossiers.overrideEligibility", {
    success: "Đã bỏ chấp nhận cảnh báo",
  });

  /** Runs a step, or asks for its reason first when the rule needs one. */
  const run = (ids: string[], action: ManualNominationAction, who: string) => {
    if (transitionRules[action].needsReason) setReasonFor({ ids, action, who });
    else
      transition.mutate(
        { ids, action },
        {
          onSuccess: ({ moved }) =>
            notifySuccess(
              moved > 1
                ? `${actionButtons[action].done}: ${moved} đề nghị`
                : actionButtons[action].done,
            ),
        },
      );
  };
  const selectedRows = nominations.filter((n) => selected.has(n.id));
  // Bulk actions: those every selected row can take.
  const bulkActions = manualNominationActions.filter(
    (a) =>
      selectedRows.length > 0 &&
      selectedRows.every((n) => n.actions.some((x) => x.action === a && !x.blockedBy)),
  );

  return {
    dossier,
    editing,
    setEditing,
    nominationEdit,
    setNominationEdit,
    importing,
    setImporting,
    history,
    setHistory,
    overriding,
    setOverriding,
    reasonFor,
    closeReason: () => {
      setReasonFor(null);
      setSelected(new Set());
    },
    expanded,
    toggleExpanded: (id: string) => setExpanded((s) => toggled(s, id)),
    selected,
    selectedRows,
    toggleSelected: (id: string) => setSelected((s) => toggled(s, id)),
    selectAll: (all: boolean) =>
      setSelected(all ? new Set(nominations.map((n) => n.id)) : new Set()),
    clearSelection: () => setSelected(new Set()),
    bulkActions,
    deletable: isDossierDeletable(nominations.map((n) => n.state)),
    run,
    transition,
    remove,
    removeNomination,
    withdrawOverride,
  };
}

export type DossierWorkflow = ReturnType<typeof useDossierWorkflow>;
