CREATE TABLE `award_rules` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`deleted_at` integer,
	`origin` text NOT NULL,
	`award_code` text NOT NULL,
	`rule_code` text NOT NULL,
	`params` text DEFAULT '{}' NOT NULL,
	`level` text DEFAULT 'blocking' NOT NULL,
	`valid_from` text NOT NULL,
	`valid_to` text,
	`note` text DEFAULT '' NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE INDEX `award_rules_code` ON `award_rules` (`award_code`);--> statement-breakpoint
CREATE TABLE `registration_people` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`deleted_at` integer,
	`origin` text NOT NULL,
	`registration_id` text NOT NULL,
	`person_id` text,
	`full_name` text NOT NULL,
	`birth_year` integer,
	`position` text DEFAULT '' NOT NULL,
	`is_leader` integer DEFAULT false NOT NULL,
	`title_code` text NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE INDEX `registration_people_registration` ON `registration_people` (`registration_id`);--> statement-breakpoint
CREATE INDEX `registration_people_person` ON `registration_people` (`person_id`);--> statement-breakpoint
CREATE TABLE `registration_targets` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`deleted_at` integer,
	`origin` text NOT NULL,
	`registration_id` text NOT NULL,
	`text` text NOT NULL,
	`number` real,
	`unit` text DEFAULT '' NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE INDEX `registration_targets_registration` ON `registration_targets` (`registration_id`);--> statement-breakpoint
CREATE TABLE `registration_titles` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`deleted_at` integer,
	`origin` text NOT NULL,
	`registration_id` text NOT NULL,
	`title_code` text NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE INDEX `registration_titles_registration` ON `registration_titles` (`registration_id`);--> statement-breakpoint
CREATE TABLE `registrations` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`deleted_at` integer,
	`origin` text NOT NULL,
	`year` integer NOT NULL,
	`movement_id` text,
	`unit_id` text NOT NULL,
	`status` text DEFAULT 'chua_nop' NOT NULL,
	`received_date` text,
	`reason` text DEFAULT '' NOT NULL,
	`note` text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE INDEX `registrations_year_unit` ON `registrations` (`year`,`unit_id`);--> statement-breakpoint
CREATE TABLE `award_records` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`deleted_at` integer,
	`origin` text NOT NULL,
	`year` integer NOT NULL,
	`recipient_kind` text NOT NULL,
	`person_id` text,
	`household_id` text,
	`unit_id` text,
	`recipient_name` text NOT NULL,
	`unit_name` text DEFAULT '' NOT NULL,
	`award_code` text NOT NULL,
	`award_name` text NOT NULL,
	`decision_number` text DEFAULT '' NOT NULL,
	`decision_date` text,
	`issuer` text DEFAULT '' NOT NULL,
	`source` text NOT NULL,
	`decision_id` text,
	`cancelled_by` text,
	`cancelled_on` text,
	`note` text DEFAULT '' NOT NULL,
	`search_key` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `award_records_person` ON `award_records` (`person_id`);--> statement-breakpoint
CREATE INDEX `award_records_unit` ON `award_records` (`unit_id`);--> statement-breakpoint
CREATE INDEX `award_records_household` ON `award_records` (`household_id`);--> statement-breakpoint
CREATE INDEX `award_records_year_code` ON `award_records` (`year`,`award_code`);--> statement-breakpoint
CREATE INDEX `award_records_decision` ON `award_records` (`decision_id`);--> statement-breakpoint
CREATE TABLE `dossier_components` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`deleted_at` integer,
	`origin` text NOT NULL,
	`dossier_id` text NOT NULL,
	`kind` text NOT NULL,
	`title` text DEFAULT '' NOT NULL,
	`present` integer DEFAULT false NOT NULL,
	`nominee_kind` text,
	`nominee_id` text,
	`sort_order` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE INDEX `dossier_components_dossier` ON `dossier_components` (`dossier_id`);--> statement-breakpoint
CREATE TABLE `dossier_files` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`deleted_at` integer,
	`origin` text NOT NULL,
	`component_id` text NOT NULL,
	`name` text NOT NULL,
	`path` text NOT NULL,
	`sha256` text NOT NULL,
	`size` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `dossier_files_component` ON `dossier_files` (`component_id`);--> statement-breakpoint
CREATE TABLE `dossiers` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`deleted_at` integer,
	`origin` text NOT NULL,
	`unit_id` text NOT NULL,
	`year` integer NOT NULL,
	`movement_id` text,
	`kind` text NOT NULL,
	`received_date` text NOT NULL,
	`unit_doc_number` text DEFAULT '' NOT NULL,
	`unit_doc_date` text,
	`note` text DEFAULT '' NOT NULL,
	`override_reason` text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE INDEX `dossiers_year` ON `dossiers` (`year`);--> statement-breakpoint
CREATE INDEX `dossiers_unit` ON `dossiers` (`unit_id`);--> statement-breakpoint
CREATE TABLE `nomination_events` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`deleted_at` integer,
	`origin` text NOT NULL,
	`nomination_id` text NOT NULL,
	`action` text NOT NULL,
	`from_state` text,
	`to_state` text NOT NULL,
	`reason` text DEFAULT '' NOT NULL,
	`actor` text NOT NULL,
	`at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `nomination_events_nomination` ON `nomination_events` (`nomination_id`);--> statement-breakpoint
CREATE TABLE `nominations` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`deleted_at` integer,
	`origin` text NOT NULL,
	`dossier_id` text NOT NULL,
	`nominee_kind` text NOT NULL,
	`person_id` text,
	`unit_id` text,
	`household_id` text,
	`award_code` text NOT NULL,
	`summary` text DEFAULT '' NOT NULL,
	`state` text DEFAULT 'tiep_nhan' NOT NULL,
	`state_changed_at` integer NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL,
	`eligibility_override_reason` text DEFAULT '' NOT NULL,
	`eligibility_override_by` text,
	`eligibility_override_at` integer
);
--> statement-breakpoint
CREATE INDEX `nominations_dossier` ON `nominations` (`dossier_id`);--> statement-breakpoint
CREATE INDEX `nominations_person` ON `nominations` (`person_id`);--> statement-breakpoint
CREATE INDEX `nominations_unit` ON `nominations` (`unit_id`);--> statement-breakpoint
CREATE INDEX `nominations_household` ON `nominations` (`household_id`);--> statement-breakpoint
CREATE TABLE `decision_recipients` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`deleted_at` integer,
	`origin` text NOT NULL,
	`decision_id` text NOT NULL,
	`nomination_id` text NOT NULL,
	`line_no` integer NOT NULL,
	`recipient_kind` text NOT NULL,
	`person_id` text,
	`unit_id` text,
	`household_id` text,
	`name` text NOT NULL,
	`position` text DEFAULT '' NOT NULL,
	`unit_name` text DEFAULT '' NOT NULL,
	`award_code` text NOT NULL,
	`award_name` text NOT NULL,
	`achievement` text DEFAULT '' NOT NULL,
	`coefficient` real,
	`money` integer DEFAULT 0 NOT NULL,
	`money_note` text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE INDEX `decision_recipients_decision` ON `decision_recipients` (`decision_id`);--> statement-breakpoint
CREATE INDEX `decision_recipients_nomination` ON `decision_recipients` (`nomination_id`);--> statement-breakpoint
CREATE TABLE `decisions` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`deleted_at` integer,
	`origin` text NOT NULL,
	`year` integer NOT NULL,
	`grouping` text NOT NULL,
	`award_code` text,
	`movement_id` text,
	`decision_date` text NOT NULL,
	`signer_id` text NOT NULL,
	`fund` text DEFAULT '' NOT NULL,
	`proposal` text DEFAULT '' NOT NULL,
	`executors` text DEFAULT '' NOT NULL,
	`legal_basis_ids` text DEFAULT '[]' NOT NULL,
	`noi_nhan` text DEFAULT '[]' NOT NULL,
	`document_id` text,
	`status` text DEFAULT 'draft' NOT NULL,
	`issued_at` integer,
	`cancelled_by_decision_id` text,
	`cancel_reason` text DEFAULT '' NOT NULL,
	`cancels_decision_id` text
);
--> statement-breakpoint
CREATE INDEX `decisions_year` ON `decisions` (`year`);--> statement-breakpoint
CREATE INDEX `decisions_cancels` ON `decisions` (`cancels_decision_id`);--> statement-breakpoint
CREATE TABLE `council_meetings` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`deleted_at` integer,
	`origin` text NOT NULL,
	`year` integer NOT NULL,
	`kind` text DEFAULT 'xet_khen_thuong' NOT NULL,
	`meeting_date` text NOT NULL,
	`start_time` text NOT NULL,
	`end_time` text DEFAULT '' NOT NULL,
	`place` text NOT NULL,
	`chair_member_id` text NOT NULL,
	`secretary_member_id` text NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`state` text DEFAULT 'du_kien' NOT NULL,
	`applied_at` integer,
	`rules_json` text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE INDEX `council_meetings_year` ON `council_meetings` (`year`);--> statement-breakpoint
CREATE TABLE `meeting_attendance` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`deleted_at` integer,
	`origin` text NOT NULL,
	`meeting_id` text NOT NULL,
	`member_id` text NOT NULL,
	`full_name` text NOT NULL,
	`position` text DEFAULT '' NOT NULL,
	`role` text NOT NULL,
	`present` integer DEFAULT true NOT NULL,
	`reason` text DEFAULT '' NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE INDEX `meeting_attendance_meeting` ON `meeting_attendance` (`meeting_id`);--> statement-breakpoint
CREATE TABLE `meeting_items` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`deleted_at` integer,
	`origin` text NOT NULL,
	`meeting_id` text NOT NULL,
	`nomination_id` text NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL,
	`votes_agree` integer,
	`votes_present` integer,
	`result` text,
	`note` text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE INDEX `meeting_items_meeting` ON `meeting_items` (`meeting_id`);--> statement-breakpoint
CREATE INDEX `meeting_items_nomination` ON `meeting_items` (`nomination_id`);