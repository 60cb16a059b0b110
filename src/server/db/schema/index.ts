export * from "./identity.js";
export * from "./audit.js";
export * from "./geography.js";
export * from "./compass.js";
export * from "./organisations.js";
export * from "./support.js";
export * from "./outbox.js";
export * from "./grants.js";
