export { movementKindLabels } from "../../../electron/contract";
