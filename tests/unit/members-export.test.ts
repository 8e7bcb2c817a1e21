import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, memberVcard, membersCsv } from '../../scripts/members/export-format.ts';
import { PRIVATE_COLLECTION_NOTICE, decapCollection } from '../../admin/config/to-decap';
import { collectionModel } from '../../src/model/collections';

const member = {
  name: '张明（示例）',
  stage: '正式党员',
  joined: '2001-07-01',
  branch: '计算机学院第一党支部',
  status: '正常',
  phone: '010-00000000',
  email: 'zhang-ming@example.edu.cn',
  studyRecords: [
    { month: '2026-10', minutes: 600, testsPassed: 1 },
    { month: '2026-11', minutes: 720, testsPassed: 2 },
  ],
};

describe('membersCsv', () => {
  it('writes a BOM, a Chinese header and one CRLF row per member with the latest study month', () => {
    expect(membersCsv([member])).toBe(
      `\uFEFF${CSV_COLUMNS.join(',')}\r\n张明（示例）,正式党员,2001-07-01,计算机学院第一党支部,正常,010-00000000,zhang-ming@example.edu.cn,2026-11,720,2\r\n`,
    );
  });

  it('quotes commas and quotes, and defuses spreadsheet formulas', () => {
    const row = membersCsv([
      { ...member, name: '王"芳", 示例', phone: '=HYPERLINK("x")', studyRecords: [], email: undefined },
    ]).split('\r\n')[1];
    expect(row).toBe('"王""芳"", 示例",正式党员,2001-07-01,计算机学院第一党支部,正常,"\'=HYPERLINK(""x"")",,,,');
  });
});

describe('memberVcard', () => {
  it('writes a vCard 3.0 with escaped text and only the contact fields present', () => {
    expect(memberVcard({ ...member, email: undefined, branch: '一支部; 二组' })).toBe(
      [
        'BEGIN:VCARD',
        'VERSION:3.0',
        'FN:张明（示例）',
        'N:张明（示例）;;;;',
        'ORG:一支部\\; 二组',
        'TITLE:正式党员',
        'TEL;TYPE=CELL:010-00000000',
        'NOTE:状态：正常；入党（或递交申请）日期：2001-07-01',
        'END:VCARD',
        '',
      ].join('\r\n'),
    );
  });
});

describe('the CMS', () => {
  it('warns on the member archives that the repository must be private', () => {
    expect(decapCollection(collectionModel('members')).description).toBe(PRIVATE_COLLECTION_NOTICE);
    expect(PRIVATE_COLLECTION_NOTICE).toContain('只能保存在私有仓库中');
    expect(decapCollection(collectionModel('articles')).description).toBeUndefined();
  });
});
