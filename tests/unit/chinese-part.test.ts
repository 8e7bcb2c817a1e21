import { describe, expect, it } from 'vitest';
import { chinesePart, modelMessages as m } from '../../src/model/messages';
import { quizBankMessages } from '../../src/model/check-quiz-bank';
import { ID_PATTERN } from '../../src/lib/entry-ids';

describe('the Chinese half of a message, for the CMS', () => {
  it.each([
    [m.required('标题'), '缺少必填项“标题”，请填写'],
    [m.asset('封面', ['jpg', 'png']), '“封面”应为以 / 开头的网站文件路径，类型为 jpg/png，如 /uploads/a.jpg'],
    [m.list('标签'), '“标签”应为列表（每项一行，以“- ”开头）'],
    [
      m.pattern('网址', ID_PATTERN.message),
      '“网址”只能使用小写英文字母、数字和连字符，且不能全是数字，如 party-dues-2026',
    ],
    [
      '“网站地址”须以 http(s):// 开头并以 / 结尾 / must start with http(s):// and end with /',
      '“网站地址”须以 http(s):// 开头并以 / 结尾',
    ],
    [
      quizBankMessages.answerNotOption(2, '每年 / 一次'),
      '第 2 题的正确答案“每年 / 一次”不在选项中：请把答案改成与某个选项完全相同的文字',
    ],
  ])('%s', (message, chinese) => {
    expect(chinesePart(message)).toBe(chinese);
  });

  it('leaves a message without an English half as it is', () => {
    expect(chinesePart('请填写标题')).toBe('请填写标题');
  });
});
