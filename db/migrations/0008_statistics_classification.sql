CREATE TABLE `reward_fund_receipts` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`deleted_at` integer,
	`origin` text NOT NULL,
	`year` integer NOT NULL,
	`fund` text NOT NULL,
	`item` text NOT NULL,
	`amount` integer NOT NULL,
	`received_on` text,
	`note` text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE `statistical_forms` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`deleted_at` integer,
	`origin` text NOT NULL,
	`code` text NOT NULL,
	`title` text NOT NULL,
	`legal_basis` text NOT NULL,
	`valid_from` text NOT NULL,
	`valid_to` text,
	`layout` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `tdkt_bodies` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`deleted_at` integer,
	`origin` text NOT NULL,
	`name` text NOT NULL,
	`level` text NOT NULL,
	`from_year` integer NOT NULL,
	`to_year` integer,
	`note` text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE `tdkt_staff` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`deleted_at` integer,
	`origin` text NOT NULL,
	`full_name` text NOT NULL,
	`gender` text NOT NULL,
	`birth_year` integer NOT NULL,
	`training` text NOT NULL,
	`since_year` integer NOT NULL,
	`until_year` integer,
	`note` text DEFAULT '' NOT NULL
);
--> statement-breakpoint
ALTER TABLE `award_catalogue` ADD `stat_group` text;--> statement-breakpoint
ALTER TABLE `people` ADD `hometown` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `people` ADD `residence` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `people` ADD `education` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `movements` ADD `launch_level` text;--> statement-breakpoint
ALTER TABLE `movements` ADD `scope` text;--> statement-breakpoint
ALTER TABLE `movements` ADD `launch_decision_date` text;--> statement-breakpoint
ALTER TABLE `award_records` ADD `recipient_category` text;--> statement-breakpoint
ALTER TABLE `award_records` ADD `award_type` text;--> statement-breakpoint
ALTER TABLE `award_records` ADD `proposing_body` text;--> statement-breakpoint
UPDATE `award_catalogue` SET `stat_group` = 'co_so' WHERE `code` IN ('LDTT', 'CSTDCS', 'TTLDTT', 'TTLDXS', 'GD_VAN_HOA', 'GK_TT', 'GK_CN', 'GK_HGD');--> statement-breakpoint
UPDATE `award_catalogue` SET `stat_group` = 'cstd_bo_tinh' WHERE `code` = 'CSTD_TINH';--> statement-breakpoint
UPDATE `award_catalogue` SET `stat_group` = 'co_bo_tinh' WHERE `code` = 'CO_TD_TINH';--> statement-breakpoint
UPDATE `award_catalogue` SET `stat_group` = 'bk_bo_tinh' WHERE `code` IN ('BK_TINH_CN', 'BK_TINH_TT');--> statement-breakpoint
UPDATE `award_records` SET `award_type` = (
  SELECT CASE d.`kind` WHEN 'qua_trinh_cong_hien' THEN 'cong_hien' ELSE d.`kind` END
    FROM `decision_recipients` r
    JOIN `nominations` n ON n.`id` = r.`nomination_id`
    JOIN `dossiers` d ON d.`id` = n.`dossier_id`
   WHERE r.`decision_id` = `award_records`.`decision_id` AND r.`award_code` = `award_records`.`award_code`
     AND r.`recipient_kind` = `award_records`.`recipient_kind`
     AND coalesce(r.`person_id`, '') = coalesce(`award_records`.`person_id`, '')
     AND coalesce(r.`household_id`, '') = coalesce(`award_records`.`household_id`, '')
     AND (`award_records`.`recipient_kind` != 'tap_the' OR coalesce(r.`unit_id`, '') = coalesce(`award_records`.`unit_id`, ''))
   LIMIT 1)
 WHERE `decision_id` IS NOT NULL;
