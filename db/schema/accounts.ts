import { integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { roles } from "../../electron/contract/vocabulary";

/**
 * The people who sign in. Local to the installation (a full copy carries them): they never travel
 * in packages, and an account with history is disabled, never deleted.
 */
export const accounts = sqliteTable(
  "accounts",
  {
    id: text("id").primaryKey(),
    createdAt: integer("created_at").notNull(),
    updatedAt: integer("updated_at").notNull(),
    /** Lower-case, as typed at sign-in. */
    username: text("username").notNull(),
    fullName: text("full_name").notNull(),
    role: text("role", { enum: roles }).notNull(),
    /** Thư ký Hội đồng: may record the council's votes. */
    recordsVotes: integer("records_votes", { mode: "boolean" }).notNull().default(false),
    /** scrypt$<log2 N>$<r>$<p>$<salt>$<hash>: the parameters travel with the hash. */
    passwordHash: text("password_hash").notNull(),
    disabledAt: integer("disabled_at"),
    failedAttempts: integer("failed_attempts").notNull().default(0),
    lockedUntil: integer("locked_until"),
    lastSignInAt: integer("last_sign_in_at"),
  },
  (t) => [uniqueIndex("accounts_username").on(t.username)],
);
