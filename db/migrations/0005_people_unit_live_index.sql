DROP INDEX `people_unit`;--> statement-breakpoint
CREATE INDEX `people_unit_live` ON `people` (`unit_id`,`deleted_at`);