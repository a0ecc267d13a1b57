CREATE TABLE `app_settings` (
	`key` text PRIMARY KEY NOT NULL,
	`value_json` text NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `installation` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `base_salaries` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`deleted_at` integer,
	`origin` text NOT NULL,
	`amount` integer NOT NULL,
	`effective_from` text NOT NULL,
	`legal_basis` text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `base_salaries_effective_from_live` ON `base_salaries` (`effective_from`) WHERE deleted_at is null;--> statement-breakpoint
CREATE TABLE `council_members` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`deleted_at` integer,
	`origin` text NOT NULL,
	`full_name` text NOT NULL,
	`position` text DEFAULT '' NOT NULL,
	`role` text NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE `signers` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`deleted_at` integer,
	`origin` text NOT NULL,
	`full_name` text NOT NULL,
	`position` text NOT NULL,
	`authority` text DEFAULT '' NOT NULL,
	`authority_of` text DEFAULT '' NOT NULL,
	`on_behalf_of` text DEFAULT '' NOT NULL,
	`is_default` integer DEFAULT false NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE `award_catalogue` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`deleted_at` integer,
	`origin` text NOT NULL,
	`code` text NOT NULL,
	`name` text NOT NULL,
	`recipient_kind` text NOT NULL,
	`kind` text NOT NULL,
	`conferred_by` text DEFAULT '' NOT NULL,
	`coefficient` real,
	`criteria` text DEFAULT '' NOT NULL,
	`valid_from` text NOT NULL,
	`valid_to` text,
	`sort_order` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE INDEX `award_catalogue_code` ON `award_catalogue` (`code`);--> statement-breakpoint
CREATE TABLE `legal_bases` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`deleted_at` integer,
	`origin` text NOT NULL,
	`title` text NOT NULL,
	`doc_type` text NOT NULL,
	`number` text DEFAULT '' NOT NULL,
	`issued_date` text,
	`issuer` text DEFAULT '' NOT NULL,
	`effective_from` text NOT NULL,
	`effective_to` text,
	`note` text DEFAULT '' NOT NULL
);
