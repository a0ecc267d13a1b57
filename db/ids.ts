import { v7 as uuidv7 } from "uuid";

/** UUIDv7: time-ordered, so ids created on different installations sort by creation time. */
export function newId(): string {
  return uuidv7();
}
