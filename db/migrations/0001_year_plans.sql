CREATE TABLE `plan_activities` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`deleted_at` integer,
	`origin` text NOT NULL,
	`plan_id` text NOT NULL,
	`title` text NOT NULL,
	`quarter` integer,
	`due_date` text,
	`lead_unit` text DEFAULT '' NOT NULL,
	`lead_unit_id` text,
	`coordinating_units` text DEFAULT '' NOT NULL,
	`kind` text DEFAULT 'khac' NOT NULL,
	`status` text DEFAULT 'chua_bat_dau' NOT NULL,
	`completed_on` text,
	`result_note` text DEFAULT '' NOT NULL,
	`series_id` text,
	`repeat` text DEFAULT 'none' NOT NULL,
	`date_review` text DEFAULT '' NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`plan_id`) REFERENCES `year_plans`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `plan_activities_plan` ON `plan_activities` (`plan_id`);--> statement-breakpoint
CREATE INDEX `plan_activities_due` ON `plan_activities` (`due_date`);--> statement-breakpoint
CREATE TABLE `plan_activity_links` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`deleted_at` integer,
	`origin` text NOT NULL,
	`activity_id` text NOT NULL,
	`target_kind` text NOT NULL,
	`target_id` text NOT NULL,
	`label` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`activity_id`) REFERENCES `plan_activities`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `plan_activity_links_activity` ON `plan_activity_links` (`activity_id`);--> statement-breakpoint
CREATE TABLE `year_plans` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`deleted_at` integer,
	`origin` text NOT NULL,
	`year` integer NOT NULL,
	`title` text NOT NULL,
	`intro` text DEFAULT '' NOT NULL,
	`purposes` text DEFAULT '' NOT NULL,
	`requirements` text DEFAULT '' NOT NULL,
	`legal_basis_ids` text DEFAULT '[]' NOT NULL,
	`organisation` text DEFAULT '[]' NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `year_plans_year_live` ON `year_plans` (`year`) WHERE deleted_at is null;