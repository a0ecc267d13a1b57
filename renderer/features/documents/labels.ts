export { documentTemplateNames as templateNames } from "../../../electron/contract";
