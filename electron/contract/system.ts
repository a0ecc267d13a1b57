import { z } from "zod";
import { empty, okOutput } from "./common";
import { mutation, query } from "./define";
import { backupKinds } from "./vocabulary";

export const backupSchema = z.object({
  file: z.string(),
  kind: z.enum(backupKinds),
  createdAt: z.number(),
  sizeBytes: z.number(),
});
export type BackupEntry = z.infer<typeof backupSchema>;

export const statusSchema = z.object({
  /** ready: open and set up; needs_setup: open, first-run setup not done; damaged: not opened. */
  state: z.enum(["ready", "needs_setup", "damaged"]),
  mode: z.enum(["electron", "browser"]),
  version: z.string(),
  dataDir: z.string(),
  databaseFile: z.string(),
  /** Why the data is not open; `readOnly` when it cannot be written (a backup would not help). */
  damage: z
    .object({ message: z.string(), latestBackup: backupSchema.nullable(), readOnly: z.boolean() })
    .nullable(),
  /** The demo dataset was loaded: the UI marks every screen as sample data. */
  demo: z.boolean(),
  /** The last backup since start failed; `damaged` when the full check found the database hurt. */
  backupFailure: z
    .object({
      at: z.number(),
      kind: z.enum(backupKinds),
      damaged: z.boolean(),
      details: z.array(z.string()),
      message: z.string(),
    })
    .nullable(),
});

export const searchResultSchema = z.object({
  kind: z.string(),
  kindLabel: z.string(),
  id: z.string(),
  title: z.string(),
  subtitle: z.string(),
  /** The renderer route that shows the record. */
  route: z.string(),
});

export const systemProcedures = {
  "system.status": query(empty, statusSchema),
  "system.listBackups": query(
    empty,
    z.array(
      backupSchema.extend({
        /** The last audit row the backup holds (its chain head); null when it cannot be read. */
        auditHeadSeq: z.number().nullable(),
        /** The accounts it holds: 0 for a backup from before accounts; null when unreadable. */
        accounts: z.number().nullable(),
      }),
    ),
  ),
  "system.createBackup": mutation(empty, backupSchema),
  "system.restoreBackup": mutation(
    z.object({ file: z.string().min(1) }),
    z.object({
      safetyBackup: backupSchema.nullable(),
      keptNumbers: z.array(z.object({ number: z.string(), summary: z.string(), file: z.string() })),
    }),
  ),
  "system.repairDatabase": mutation(
    empty,
    z.object({ repaired: z.boolean(), message: z.string() }),
  ),
  "system.revealDataFolder": mutation(empty, z.object({ path: z.string() })),
  "system.search": query(z.object({ q: z.string().max(200) }), z.array(searchResultSchema)),
  "system.ping": query(empty, okOutput),
};
