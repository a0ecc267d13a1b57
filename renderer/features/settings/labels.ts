export {
  authorityLabels,
  awardKindLabels,
  councilRoleLabels,
  legalDocTypeLabels,
  profileLevelLabels as levelLabels,
  recipientKindLabels,
} from "../../../electron/contract";

export const toOptions = (labels: Record<string, string>) =>
  Object.entries(labels).map(([value, label]) => ({ value, label }));
