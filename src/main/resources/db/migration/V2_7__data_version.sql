-- One-row change counter of the stored data (articles, quotes, speakers). Every write transaction bumps it
-- (DataVersion.bump) before it commits; every instance polls it to drop its cached list responses when another
-- instance has written (DataVersionPoller). Numbered 2.7 so that it cannot collide with a parallel V2 migration.
CREATE TABLE data_version (
    id       INTEGER PRIMARY KEY,
    version  BIGINT NOT NULL
);
INSERT INTO data_version (id, version) VALUES (1, 0);
