-- Full-text index over people's folded names (people.search_key, see foldForSearch), kept in step
-- by triggers; tombstoned people are left out. Searched with word prefixes: "nguyen van d*".
CREATE VIRTUAL TABLE `people_fts` USING fts5(search_key, content='people', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2', prefix='1 2 3');
--> statement-breakpoint
INSERT INTO `people_fts`(rowid, search_key) SELECT rowid, search_key FROM `people` WHERE deleted_at IS NULL;
--> statement-breakpoint
CREATE TRIGGER `people_fts_insert` AFTER INSERT ON `people` WHEN new.deleted_at IS NULL BEGIN
  INSERT INTO `people_fts`(rowid, search_key) VALUES (new.rowid, new.search_key);
END;
--> statement-breakpoint
CREATE TRIGGER `people_fts_delete` AFTER DELETE ON `people` WHEN old.deleted_at IS NULL BEGIN
  INSERT INTO `people_fts`(`people_fts`, rowid, search_key) VALUES ('delete', old.rowid, old.search_key);
END;
--> statement-breakpoint
CREATE TRIGGER `people_fts_update` AFTER UPDATE OF search_key, deleted_at ON `people` BEGIN
  INSERT INTO `people_fts`(`people_fts`, rowid, search_key) SELECT 'delete', old.rowid, old.search_key WHERE old.deleted_at IS NULL;
  INSERT INTO `people_fts`(rowid, search_key) SELECT new.rowid, new.search_key WHERE new.deleted_at IS NULL;
END;
