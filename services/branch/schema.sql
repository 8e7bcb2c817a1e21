-- The branch service's tables (docs/branch-service.md), beside Waline's in the
-- same database. Idempotent: init-db.mjs runs it on every start, in the same
-- transaction as Waline's schema. Nothing here records when a ballot was cast
-- or by whom: a ballot's voters and its casts are two sorted lists in one row
-- (branch_ballot), so neither a column nor the order of rows links them.

-- Who is a member: the archive's members with a discussion account (npm run branch:roster).
CREATE TABLE IF NOT EXISTS branch_member (
  account_id int PRIMARY KEY,
  member_id varchar(80) NOT NULL UNIQUE,
  name varchar(100) NOT NULL,
  -- 正式党员, 预备党员, 入党积极分子…, as the archive says
  stage varchar(20) NOT NULL,
  -- 书记, 纪检委员…: the committee's duties, which decide who reads the channel
  duties text[] NOT NULL DEFAULT '{}'
);

-- Sessions ended by signing out, until they would have expired anyway.
CREATE TABLE IF NOT EXISTS branch_revoked_session (
  token_id varchar(64) PRIMARY KEY,
  expires_at timestamptz NOT NULL
);

-- One row per ballot, frozen when first used after it opens.
CREATE TABLE IF NOT EXISTS branch_ballot (
  id varchar(120) PRIMARY KEY,
  -- the definition from ballots.json as it was at opening
  definition jsonb NOT NULL,
  -- accounts entitled to vote, and those who have (sorted ascending, never in voting order)
  eligible int[] NOT NULL,
  voters int[] NOT NULL DEFAULT '{}',
  -- [{ receipt, answers | grades, fingerprint?, changeKeyHash? }], sorted by receipt
  casts jsonb NOT NULL DEFAULT '[]'::jsonb,
  -- 民主评议: the members to grade, frozen at opening [{ memberId, name, accountId }]
  candidates jsonb NOT NULL DEFAULT '[]'::jsonb
);

-- 意见 and 举报. The tracking code is kept only as a hash; an anonymous report has no account.
CREATE TABLE IF NOT EXISTS branch_message (
  id serial PRIMARY KEY,
  kind varchar(10) NOT NULL CHECK (kind IN ('opinion', 'report')),
  category varchar(40) NOT NULL,
  body text NOT NULL,
  code_hash char(64) NOT NULL UNIQUE,
  account_id int NULL,
  -- the day only (Beijing): enough for the reader, too coarse to match a sign-in
  sent_on date NOT NULL,
  status varchar(10) NOT NULL DEFAULT 'received' CHECK (status IN ('received', 'read', 'replied'))
);

CREATE TABLE IF NOT EXISTS branch_reply (
  id serial PRIMARY KEY,
  message_id int NOT NULL REFERENCES branch_message (id) ON DELETE CASCADE,
  body text NOT NULL,
  account_id int NOT NULL,
  replied_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS branch_reply_message ON branch_reply (message_id);
-- The page's request id (hashed): a reply sent again after a lost answer is stored once.
ALTER TABLE branch_reply ADD COLUMN IF NOT EXISTS request_hash char(64);
CREATE UNIQUE INDEX IF NOT EXISTS branch_reply_request ON branch_reply (request_hash);

-- Who read or exported what, and when (never ballots).
CREATE TABLE IF NOT EXISTS branch_audit (
  id bigserial PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT now(),
  account_id int NOT NULL,
  action varchar(40) NOT NULL,
  target varchar(120) NOT NULL DEFAULT ''
);

-- 思想汇报 and 征文 written on the site (submissions.mjs): the author's drafts, what waits for
-- the editors, and the note a returned piece carries. Never public: a page comes only from the CMS.
CREATE TABLE IF NOT EXISTS branch_submission (
  id serial PRIMARY KEY,
  account_id int NOT NULL,
  -- the archive's name at the last save: the CMS entry's 汇报人 / 作者
  author varchar(100) NOT NULL,
  kind varchar(10) NOT NULL CHECK (kind IN ('report', 'essay')),
  title varchar(200) NOT NULL DEFAULT '',
  byline varchar(20) NOT NULL DEFAULT '',
  stage varchar(20) NOT NULL DEFAULT '',
  -- an essay's contest (the CMS entry's id)
  contest varchar(120) NOT NULL DEFAULT '',
  body text NOT NULL DEFAULT '',
  status varchar(10) NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'submitted', 'returned', 'published')),
  -- the editor's note when returned
  note text NULL,
  submitted_on date NULL,
  -- the page's request id of the last change (hashed): the same request again changes nothing
  last_request char(64) NOT NULL UNIQUE,
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS branch_submission_account ON branch_submission (account_id);
-- 学习记录 (services/branch/study.mjs), by the archive's member id. Each device's
-- time apart (one row per member, device, day and page, only ever raised), so
-- uniting devices never counts a minute twice.
CREATE TABLE IF NOT EXISTS branch_study_time (
  member_id varchar(80) NOT NULL,
  device varchar(64) NOT NULL,
  day date NOT NULL,
  page varchar(200) NOT NULL,
  read_seconds double precision NOT NULL DEFAULT 0,
  media_seconds double precision NOT NULL DEFAULT 0,
  PRIMARY KEY (member_id, device, day, page)
);
CREATE TABLE IF NOT EXISTS branch_study_lesson (
  member_id varchar(80) NOT NULL,
  lesson varchar(200) NOT NULL,
  -- the earliest day any device completed it
  day date NOT NULL,
  PRIMARY KEY (member_id, lesson)
);
CREATE TABLE IF NOT EXISTS branch_study_attempt (
  member_id varchar(80) NOT NULL,
  id varchar(200) NOT NULL,
  day date NOT NULL,
  attempt jsonb NOT NULL,
  PRIMARY KEY (member_id, id)
);
-- The monthly record 「提交本月学习记录」 sent (the file's content), the newest per member and month.
CREATE TABLE IF NOT EXISTS branch_study_month (
  member_id varchar(80) NOT NULL,
  month char(7) NOT NULL,
  created_at timestamptz NOT NULL,
  received_at timestamptz NOT NULL DEFAULT now(),
  submission jsonb NOT NULL,
  PRIMARY KEY (member_id, month)
);

-- 正式考试 (formal tests, services/branch/formal-tests.mjs): the definition with its answers,
-- frozen the first time the test is used, and each member's attempts with the time the
-- service gave them. Results per member are private: only administrators read them.
CREATE TABLE IF NOT EXISTS branch_test (
  id varchar(120) PRIMARY KEY,
  definition jsonb NOT NULL
);
CREATE TABLE IF NOT EXISTS branch_test_attempt (
  id serial PRIMARY KEY,
  test_id varchar(120) NOT NULL REFERENCES branch_test (id) ON DELETE CASCADE,
  account_id int NOT NULL,
  -- 1, 2…: every attempt started counts against the test's limit
  number int NOT NULL,
  -- the page's request id for starting (hashed with the account): a retry gets the same attempt
  start_hash char(64) NOT NULL UNIQUE,
  -- [{ index, choices }]: the questions of this attempt in the order shown
  paper jsonb NOT NULL,
  started_at timestamptz NOT NULL,
  -- started_at + the time limit; NULL when the test has none
  deadline timestamptz NULL,
  status varchar(10) NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'graded', 'late')),
  submitted_at timestamptz NULL,
  answers jsonb NULL,
  correct int NULL,
  total int NULL,
  percent int NULL,
  passed boolean NULL,
  UNIQUE (test_id, account_id, number)
);

-- Images a member adds to a submission (submission-images.mjs): a few per piece, scaled down by the
-- page; read by the author and, once submitted, by the editors; deleted when the piece is published.
CREATE TABLE IF NOT EXISTS branch_submission_image (
  id serial PRIMARY KEY,
  submission_id int NOT NULL REFERENCES branch_submission (id) ON DELETE CASCADE,
  type varchar(20) NOT NULL CHECK (type IN ('image/jpeg', 'image/webp')),
  data bytea NOT NULL,
  -- the page's request id of the upload (hashed): the same upload again stores nothing
  request_hash char(64) NOT NULL UNIQUE,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS branch_submission_image_submission ON branch_submission_image (submission_id);
