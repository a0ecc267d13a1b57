export { backupKindLabels } from "../../../electron/contract";
