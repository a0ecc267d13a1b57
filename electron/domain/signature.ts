// The signature block is shown in the settings preview and printed in documents: one rule for both.
export { signatureLines, type SignerLines as SignerLike } from "../contract/format";
