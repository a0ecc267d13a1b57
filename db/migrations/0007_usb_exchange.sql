CREATE TABLE `exchange_id_map` (
	`peer` text NOT NULL,
	`table_name` text NOT NULL,
	`remote_id` text NOT NULL,
	`local_id` text NOT NULL,
	PRIMARY KEY(`peer`, `table_name`, `remote_id`)
);
--> statement-breakpoint
CREATE TABLE `exchange_packages` (
	`id` text PRIMARY KEY NOT NULL,
	`direction` text NOT NULL,
	`sha256` text NOT NULL,
	`file_name` text NOT NULL,
	`size_bytes` integer NOT NULL,
	`sender_installation` text NOT NULL,
	`sender_code` text NOT NULL,
	`sender_name` text NOT NULL,
	`recipient_code` text NOT NULL,
	`purpose` text NOT NULL,
	`period` text NOT NULL,
	`created_at` integer NOT NULL,
	`counts_json` text NOT NULL,
	`report_json` text DEFAULT '' NOT NULL,
	`at` integer NOT NULL,
	`receipt_at` integer
);
--> statement-breakpoint
CREATE INDEX `exchange_packages_sender` ON `exchange_packages` (`sender_installation`,`purpose`,`period`);--> statement-breakpoint
CREATE TABLE `exchange_peers` (
	`installation_id` text PRIMARY KEY NOT NULL,
	`unit_code` text NOT NULL,
	`unit_name` text NOT NULL,
	`public_key` text NOT NULL,
	`confirmed_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `exchange_record_base` (
	`table_name` text NOT NULL,
	`record_id` text NOT NULL,
	`hash` text NOT NULL,
	PRIMARY KEY(`table_name`, `record_id`)
);
--> statement-breakpoint
CREATE TABLE `exchange_set_aside` (
	`id` text PRIMARY KEY NOT NULL,
	`package_id` text NOT NULL,
	`table_name` text NOT NULL,
	`record_id` text NOT NULL,
	`kept` text NOT NULL,
	`other_json` text NOT NULL,
	`at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `exchange_set_aside_record` ON `exchange_set_aside` (`table_name`,`record_id`);