// The errors live beside the backend (documents, platform and http throw them too); handlers keep
// importing them from here.
export * from "../app-errors";
