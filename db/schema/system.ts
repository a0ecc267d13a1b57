import { integer, sqliteTable, text } from "drizzle-orm/sqlite-core";

/** One row: this installation's identity, written at first open. */
export const installation = sqliteTable("installation", {
  id: text("id").primaryKey(),
  createdAt: integer("created_at").notNull(),
});

/** Small typed settings stored as JSON by key (profile, rounding, preferences, setup flag). */
export const appSettings = sqliteTable("app_settings", {
  key: text("key").primaryKey(),
  valueJson: text("value_json").notNull(),
  updatedAt: integer("updated_at").notNull(),
});
