export * from "./system";
export * from "./settings";
export * from "./catalogue";
export * from "./directory";
export * from "./plans";
export * from "./documents";
export * from "./scoring";
export * from "./movements";
