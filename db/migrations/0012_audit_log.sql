CREATE TABLE `audit_log` (
	`seq` integer PRIMARY KEY NOT NULL,
	`at` integer NOT NULL,
	`op_id` text,
	`actor` text NOT NULL,
	`actor_name` text NOT NULL,
	`procedure` text NOT NULL,
	`table_name` text NOT NULL,
	`record_id` text NOT NULL,
	`label` text NOT NULL,
	`action` text NOT NULL,
	`changes` text NOT NULL,
	`refs` text NOT NULL,
	`reason` text,
	`prev_hash` text NOT NULL,
	`hash` text NOT NULL
);
--> statement-breakpoint
-- Append-only: a row once written is never changed or removed by the app; verification finds
-- what an outside tool does anyway (the hash chain).
CREATE TRIGGER `audit_log_no_update` BEFORE UPDATE ON `audit_log` BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `audit_log_no_delete` BEFORE DELETE ON `audit_log` BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only');
END;
