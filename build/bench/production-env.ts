// Imported first by run.ts (and the cold-start child): the benchmarks measure the app as shipped,
// so the router does not re-validate every output against the contract (Backend reads
// `process.env.NODE_ENV !== "production"` as the default of `validateOutput`).
process.env.NODE_ENV = "production";

export {};
