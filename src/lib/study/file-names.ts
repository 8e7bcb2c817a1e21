/**
 * The format name written into each file a member saves on 我的学习, so that
 * reading one file can recognise the other and say which button makes it.
 * A module of its own: the study log (on every lesson page) needs the names,
 * not the code that builds a monthly record.
 */

/** 备份学习记录: the whole log of one browser (log.ts). */
export const BACKUP_FORMAT = 'dangjian-study-log';
/** 提交本月学习记录: one month for the secretary (submission.ts). */
export const SUBMISSION_FORMAT = 'dangjian-study-month';
