// @ts-check
/** The branch service's tables (schema.sql), created by schema.sql; for the set-up's report and the backup test. */
export const BRANCH_TABLES = Object.freeze([
  'branch_member',
  'branch_revoked_session',
  'branch_ballot',
  'branch_message',
  'branch_reply',
  'branch_audit',
  'branch_submission',
  'branch_study_time',
  'branch_study_lesson',
  'branch_study_attempt',
  'branch_study_month',
  'branch_test',
  'branch_test_attempt',
  'branch_submission_image',
]);
