-- Waline's PostgreSQL schema for the pinned @waline/vercel 1.39.3
-- (walinejs/waline assets/waline.pgsql at the release commit
-- cce37d4f1d425f5143ed9e8a23577c4212142599), made idempotent: every statement
-- may run again on an existing database. init-db.mjs applies it in one
-- transaction and replaces the table prefix wl_ when PG_PREFIX is set.
-- Upgrading Waline: compare this file with the new release's assets/waline.pgsql
-- and add the changes as `ALTER TABLE … ADD COLUMN IF NOT EXISTS …` below.

CREATE SEQUENCE IF NOT EXISTS wl_comment_seq;

CREATE TABLE IF NOT EXISTS wl_comment (
  id int check (id > 0) NOT NULL DEFAULT NEXTVAL ('wl_comment_seq'),
  user_id int DEFAULT NULL,
  comment text,
  insertedAt timestamp(0) without time zone NOT NULL DEFAULT CURRENT_TIMESTAMP,
  ip varchar(100) DEFAULT '',
  link varchar(255) DEFAULT NULL,
  mail varchar(255) DEFAULT NULL,
  nick varchar(255) DEFAULT NULL,
  pid int DEFAULT NULL,
  rid int DEFAULT NULL,
  sticky numeric DEFAULT NULL,
  status varchar(50) NOT NULL DEFAULT '',
  "like" int DEFAULT NULL,
  ua text,
  url varchar(255) DEFAULT NULL,
  createdAt timestamp(0) without time zone NULL DEFAULT CURRENT_TIMESTAMP,
  updatedAt timestamp(0) without time zone NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (id)
);

CREATE SEQUENCE IF NOT EXISTS wl_counter_seq;

CREATE TABLE IF NOT EXISTS wl_counter (
  id int check (id > 0) NOT NULL DEFAULT NEXTVAL ('wl_counter_seq'),
  time int DEFAULT NULL,
  reaction0 int DEFAULT NULL,
  reaction1 int DEFAULT NULL,
  reaction2 int DEFAULT NULL,
  reaction3 int DEFAULT NULL,
  reaction4 int DEFAULT NULL,
  reaction5 int DEFAULT NULL,
  reaction6 int DEFAULT NULL,
  reaction7 int DEFAULT NULL,
  reaction8 int DEFAULT NULL,
  url varchar(255) NOT NULL DEFAULT '',
  createdAt timestamp(0) without time zone NULL DEFAULT CURRENT_TIMESTAMP,
  updatedAt timestamp(0) without time zone NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (id)
);

CREATE SEQUENCE IF NOT EXISTS wl_users_seq;

CREATE TABLE IF NOT EXISTS wl_users (
  id int check (id > 0) NOT NULL DEFAULT NEXTVAL ('wl_users_seq'),
  display_name varchar(255) NOT NULL DEFAULT '',
  email varchar(255) NOT NULL DEFAULT '',
  password varchar(255) NOT NULL DEFAULT '',
  type varchar(50) NOT NULL DEFAULT '',
  label varchar(255) DEFAULT NULL,
  url varchar(255) DEFAULT NULL,
  avatar varchar(255) DEFAULT NULL,
  github varchar(255) DEFAULT NULL,
  twitter varchar(255) DEFAULT NULL,
  facebook varchar(255) DEFAULT NULL,
  google varchar(255) DEFAULT NULL,
  weibo varchar(255) DEFAULT NULL,
  qq varchar(255) DEFAULT NULL,
  oidc varchar(255) DEFAULT NULL,
  "2fa" varchar(32) DEFAULT NULL,
  createdAt timestamp(0) without time zone NULL DEFAULT CURRENT_TIMESTAMP,
  updatedAt timestamp(0) without time zone NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (id)
);

-- The project's additions (not in the release's file): the sequences belong to
-- their columns (pg_dump/pg_restore keep them together), and indexes for the
-- lookups every page makes (comments and counts by thread, the review queue).
ALTER SEQUENCE wl_comment_seq OWNED BY wl_comment.id;
ALTER SEQUENCE wl_counter_seq OWNED BY wl_counter.id;
ALTER SEQUENCE wl_users_seq OWNED BY wl_users.id;
CREATE INDEX IF NOT EXISTS wl_comment_url_rid ON wl_comment (url, rid);
CREATE INDEX IF NOT EXISTS wl_comment_status ON wl_comment (status);
CREATE INDEX IF NOT EXISTS wl_counter_url ON wl_counter (url);
CREATE UNIQUE INDEX IF NOT EXISTS wl_users_email ON wl_users (email);
