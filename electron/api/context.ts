// The context lives beside the backend (the documents register takes it too); handlers keep
// importing it from here.
export type * from "../app-context";
