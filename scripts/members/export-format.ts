/**
 * The secretary's export of member archives: a CSV (UTF-8 with BOM, so Excel
 * opens Chinese text correctly) and vCards for the phone's address book.
 */

import { csvText } from '../../src/lib/csv.ts';

/** The archive fields the export reads. */
export interface Member {
  name: string;
  stage: string;
  joined: string;
  branch: string;
  status: string;
  phone?: string;
  email?: string;
  studyRecords?: { month: string; minutes: number; testsPassed?: number }[];
}

export const CSV_COLUMNS = [
  '姓名',
  '阶段',
  '入党（或递交申请）日期',
  '所在支部',
  '状态',
  '电话',
  '邮箱',
  '最近学习月份',
  '最近月学习分钟数',
  '最近月通过测试数',
];

const latestRecord = (member: Member) =>
  [...(member.studyRecords ?? [])].sort((a, b) => b.month.localeCompare(a.month))[0];

export function membersCsv(members: Member[]): string {
  const rows = members.map((m) => {
    const latest = latestRecord(m);
    return [
      m.name,
      m.stage,
      m.joined,
      m.branch,
      m.status,
      m.phone,
      m.email,
      latest?.month,
      latest?.minutes,
      latest?.testsPassed,
    ];
  });
  return csvText([CSV_COLUMNS, ...rows]);
}

/** vCard 3.0 text escaping (RFC 2426): backslash, comma, semicolon, newline. */
const vcardText = (text: string) => text.replace(/[\\,;]/g, (c) => `\\${c}`).replace(/\r?\n/g, '\\n');

export function memberVcard(member: Member): string {
  const lines = [
    'BEGIN:VCARD',
    'VERSION:3.0',
    `FN:${vcardText(member.name)}`,
    `N:${vcardText(member.name)};;;;`,
    `ORG:${vcardText(member.branch)}`,
    `TITLE:${vcardText(member.stage)}`,
    ...(member.phone ? [`TEL;TYPE=CELL:${vcardText(member.phone)}`] : []),
    ...(member.email ? [`EMAIL;TYPE=INTERNET:${vcardText(member.email)}`] : []),
    `NOTE:${vcardText(`状态：${member.status}；入党（或递交申请）日期：${member.joined}`)}`,
    'END:VCARD',
  ];
  return `${lines.join('\r\n')}\r\n`;
}
