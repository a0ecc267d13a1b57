export * from "./system";
export * from "./settings";
export * from "./catalogue";
export * from "./plans";
