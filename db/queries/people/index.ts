/** People of the directory: searches and list rows, and the records that hang on a person. */
export * from "./records";
export * from "./search";
