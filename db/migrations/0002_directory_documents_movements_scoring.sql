CREATE TABLE `cluster_members` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`deleted_at` integer,
	`origin` text NOT NULL,
	`cluster_id` text NOT NULL,
	`year` integer NOT NULL,
	`unit_id` text NOT NULL,
	`role` text DEFAULT 'thanh_vien' NOT NULL
);
--> statement-breakpoint
CREATE INDEX `cluster_members_cluster_year` ON `cluster_members` (`cluster_id`,`year`);--> statement-breakpoint
CREATE TABLE `clusters` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`deleted_at` integer,
	`origin` text NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`note` text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE `directory_list_items` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`deleted_at` integer,
	`origin` text NOT NULL,
	`list` text NOT NULL,
	`code` text NOT NULL,
	`label` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `directory_list_items_list` ON `directory_list_items` (`list`);--> statement-breakpoint
CREATE TABLE `disciplines` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`deleted_at` integer,
	`origin` text NOT NULL,
	`person_id` text NOT NULL,
	`measure` text NOT NULL,
	`decision_number` text DEFAULT '' NOT NULL,
	`decided_on` text NOT NULL,
	`until` text,
	`note` text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE INDEX `disciplines_person` ON `disciplines` (`person_id`);--> statement-breakpoint
CREATE TABLE `households` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`deleted_at` integer,
	`origin` text NOT NULL,
	`head_name` text NOT NULL,
	`address` text DEFAULT '' NOT NULL,
	`unit_id` text,
	`note` text DEFAULT '' NOT NULL,
	`search_key` text NOT NULL,
	`sort_key` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `households_sort` ON `households` (`sort_key`);--> statement-breakpoint
CREATE INDEX `households_unit` ON `households` (`unit_id`);--> statement-breakpoint
CREATE TABLE `initiative_authors` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`deleted_at` integer,
	`origin` text NOT NULL,
	`initiative_id` text NOT NULL,
	`person_id` text NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE INDEX `initiative_authors_initiative` ON `initiative_authors` (`initiative_id`);--> statement-breakpoint
CREATE INDEX `initiative_authors_person` ON `initiative_authors` (`person_id`);--> statement-breakpoint
CREATE TABLE `initiatives` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`deleted_at` integer,
	`origin` text NOT NULL,
	`title` text NOT NULL,
	`year` integer NOT NULL,
	`level` text NOT NULL,
	`decision_number` text DEFAULT '' NOT NULL,
	`decision_date` text,
	`scope` text DEFAULT '' NOT NULL,
	`search_key` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `people` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`deleted_at` integer,
	`origin` text NOT NULL,
	`full_name` text NOT NULL,
	`gender` text NOT NULL,
	`birth_year` integer,
	`birth_date` text,
	`category` text NOT NULL,
	`position` text DEFAULT '' NOT NULL,
	`is_leader` integer DEFAULT false NOT NULL,
	`unit_id` text,
	`phone` text DEFAULT '' NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	`search_key` text NOT NULL,
	`sort_key` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `people_sort` ON `people` (`sort_key`,`search_key`,`deleted_at`);--> statement-breakpoint
CREATE INDEX `people_unit` ON `people` (`unit_id`);--> statement-breakpoint
CREATE TABLE `person_units` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`deleted_at` integer,
	`origin` text NOT NULL,
	`person_id` text NOT NULL,
	`unit_id` text NOT NULL,
	`from_date` text NOT NULL,
	`to_date` text,
	`position` text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE INDEX `person_units_person` ON `person_units` (`person_id`);--> statement-breakpoint
CREATE INDEX `person_units_unit` ON `person_units` (`unit_id`);--> statement-breakpoint
CREATE TABLE `ratings` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`deleted_at` integer,
	`origin` text NOT NULL,
	`subject_kind` text NOT NULL,
	`subject_id` text NOT NULL,
	`year` integer NOT NULL,
	`rating` text NOT NULL,
	`note` text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE INDEX `ratings_subject_year` ON `ratings` (`subject_id`,`year`);--> statement-breakpoint
CREATE TABLE `units` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`deleted_at` integer,
	`origin` text NOT NULL,
	`code` text DEFAULT '' NOT NULL,
	`name` text NOT NULL,
	`short_name` text DEFAULT '' NOT NULL,
	`kind` text NOT NULL,
	`parent_id` text,
	`address` text DEFAULT '' NOT NULL,
	`head_name` text DEFAULT '' NOT NULL,
	`head_position` text DEFAULT '' NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`inactive_since` text,
	`search_key` text NOT NULL,
	`sort_key` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `units_parent` ON `units` (`parent_id`);--> statement-breakpoint
CREATE INDEX `units_sort` ON `units` (`sort_key`);--> statement-breakpoint
CREATE TABLE `documents` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`deleted_at` integer,
	`origin` text NOT NULL,
	`template_id` text NOT NULL,
	`type_code` text NOT NULL,
	`issuer` text NOT NULL,
	`year` integer NOT NULL,
	`seq` integer,
	`doc_date` text NOT NULL,
	`summary` text NOT NULL,
	`signer_name` text DEFAULT '' NOT NULL,
	`source_kind` text NOT NULL,
	`source_id` text,
	`input` text NOT NULL,
	`fill_hash` text NOT NULL,
	`file_path` text NOT NULL,
	`state` text DEFAULT 'du_thao' NOT NULL,
	`issued_at` integer,
	`signed_copy_path` text,
	`signed_copy_name` text
);
--> statement-breakpoint
CREATE INDEX `documents_date` ON `documents` (`doc_date`);--> statement-breakpoint
CREATE UNIQUE INDEX `documents_number_unique` ON `documents` (`issuer`,`type_code`,`year`,`seq`) WHERE seq is not null and deleted_at is null;--> statement-breakpoint
CREATE TABLE `member_scores` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`deleted_at` integer,
	`origin` text NOT NULL,
	`table_id` text NOT NULL,
	`unit_id` text NOT NULL,
	`criterion_id` text NOT NULL,
	`self_score` real,
	`self_note` text DEFAULT '' NOT NULL,
	`reviewed_score` real,
	`review_note` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`table_id`) REFERENCES `score_tables`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`criterion_id`) REFERENCES `score_criteria`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `member_scores_table_unit` ON `member_scores` (`table_id`,`unit_id`);--> statement-breakpoint
CREATE TABLE `score_criteria` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`deleted_at` integer,
	`origin` text NOT NULL,
	`table_id` text NOT NULL,
	`parent_id` text,
	`code` text NOT NULL,
	`title` text NOT NULL,
	`max_points` real NOT NULL,
	`kind` text NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`table_id`) REFERENCES `score_tables`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `score_criteria_table` ON `score_criteria` (`table_id`);--> statement-breakpoint
CREATE TABLE `score_tables` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`deleted_at` integer,
	`origin` text NOT NULL,
	`year` integer NOT NULL,
	`cluster_id` text NOT NULL,
	`name` text NOT NULL,
	`bonus_limit` real DEFAULT 0 NOT NULL,
	`penalty_limit` real DEFAULT 0 NOT NULL,
	`tie_break` text DEFAULT 'diem_chuan' NOT NULL,
	`prizes` text DEFAULT '[]' NOT NULL
);
--> statement-breakpoint
CREATE INDEX `score_tables_year` ON `score_tables` (`year`);--> statement-breakpoint
CREATE TABLE `movement_allocations` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`deleted_at` integer,
	`origin` text NOT NULL,
	`movement_id` text NOT NULL,
	`award_id` text NOT NULL,
	`recipient_kind` text NOT NULL,
	`criteria` text DEFAULT '' NOT NULL,
	`total_quota` integer,
	`quota_lines` text DEFAULT '[]' NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`movement_id`) REFERENCES `movements`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `movement_allocations_movement` ON `movement_allocations` (`movement_id`);--> statement-breakpoint
CREATE TABLE `movements` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`deleted_at` integer,
	`origin` text NOT NULL,
	`kind` text NOT NULL,
	`name` text NOT NULL,
	`theme` text DEFAULT '' NOT NULL,
	`slogan` text DEFAULT '' NOT NULL,
	`start_date` text NOT NULL,
	`end_date` text NOT NULL,
	`year` integer NOT NULL,
	`legal_basis_ids` text DEFAULT '[]' NOT NULL,
	`purposes` text DEFAULT '' NOT NULL,
	`requirements` text DEFAULT '' NOT NULL,
	`targets` text DEFAULT '[]' NOT NULL,
	`participant_unit_kinds` text DEFAULT '[]' NOT NULL,
	`participant_categories` text DEFAULT '[]' NOT NULL,
	`registration_deadline` text,
	`dossier_deadline` text,
	`report_deadline` text
);
--> statement-breakpoint
CREATE INDEX `movements_year` ON `movements` (`year`);