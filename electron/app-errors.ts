import type { ZodError } from "zod";
import { defaultErrorMessages, type AppErrorPayload, type ErrorCode } from "./contract";

/** An error a handler throws on purpose; its message is shown to the officer as is. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message?: string,
    readonly fields?: Record<string, string>,
  ) {
    super(message ?? defaultErrorMessages[code]);
    this.name = "AppError";
  }
}

export const notFound = (message?: string) => new AppError("NOT_FOUND", message);
export const conflict = (message: string, fields?: Record<string, string>) =>
  new AppError("CONFLICT", message, fields);
export const invalid = (message: string, fields?: Record<string, string>) =>
  new AppError("VALIDATION", message, fields);

export function validationPayload(error: ZodError): AppErrorPayload {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_";
    fields[key] ??= issue.message;
  }
  const first = error.issues[0]?.message;
  return {
    code: "VALIDATION",
    message: first ? `Dữ liệu nhập chưa hợp lệ: ${first}` : defaultErrorMessages.VALIDATION,
    fields,
  };
}

export interface Logger {
  error(message: string, detail?: unknown): void;
  info(message: string, detail?: unknown): void;
}

/** A write failed because the disk (or the database's file system) is full. */
export function isDiskFull(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return code === "ENOSPC" || code === "SQLITE_FULL" || code === "EDQUOT";
}

/**
 * A write failed because the database or the file system is read-only. (A refused permission on
 * a file the officer chose is not this: it is reported where the file is read.)
 */
export function isReadOnly(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return code === "EROFS" || (typeof code === "string" && code.startsWith("SQLITE_READONLY"));
}

/** Map anything thrown to the closed set of codes; details go to the log, never the screen. */
export function toErrorPayload(e: unknown, log: Logger, channel: string): AppErrorPayload {
  if (e instanceof AppError)
    return { code: e.code, message: e.message, ...(e.fields ? { fields: e.fields } : {}) };
  const sqliteCode = (e as { code?: unknown })?.code;
  if (typeof sqliteCode === "string" && sqliteCode.startsWith("SQLITE_CONSTRAINT")) {
    log.error(`${channel}: constraint`, e);
    return { code: "CONFLICT", message: defaultErrorMessages.CONFLICT };
  }
  if (
    typeof sqliteCode === "string" &&
    (sqliteCode === "SQLITE_CORRUPT" || sqliteCode === "SQLITE_NOTADB")
  ) {
    log.error(`${channel}: database damaged`, e);
    return { code: "DATABASE_DAMAGED", message: defaultErrorMessages.DATABASE_DAMAGED };
  }
  if (isDiskFull(e)) {
    log.error(`${channel}: disk full`, e);
    return { code: "DISK_FULL", message: defaultErrorMessages.DISK_FULL };
  }
  if (isReadOnly(e)) {
    log.error(`${channel}: read-only`, e);
    return { code: "READ_ONLY", message: defaultErrorMessages.READ_ONLY };
  }
  log.error(`${channel}: unexpected error`, e);
  return { code: "INTERNAL", message: defaultErrorMessages.INTERNAL };
}
