/**
 * Site settings: one YAML file (`src/settings.yml`), validated by the schema
 * derived from these fields and editable in the CMS as a "file" collection.
 */
import { f, options, type Fields } from './fields';
import { DEFAULT_WALINE_URL, WALINE_URL_PATTERN } from '../lib/discussion/waline';

export const SETTINGS_FILE = 'src/settings.yml';

const optionalString = (label: string, hint?: string) => f.string(label, { required: false, hint });

export const SETTINGS_FIELDS = {
  siteName: f.string('网站名称'),
  branchName: f.string('支部名称'),
  description: f.text('网站简介'),
  siteUrl: f.string('网站地址', {
    required: false,
    hint: '正式网址，可含子路径，如 https://www.example.edu.cn/dangjian/；用于分享链接、RSS 和站点地图',
    pattern: {
      source: '^https?://[^\\s/]+(/[\\w.~-]+)*/$',
      message: '须以 http(s):// 开头并以 / 结尾 / must start with http(s):// and end with /',
    },
  }),
  organiser: f.string('主办单位'),
  contact: f.text('联系方式', { hint: '页脚显示的地址、电话等' }),
  email: optionalString('联系邮箱'),
  icp: optionalString('ICP 备案号', '如 京ICP备12345678号-1；填写后页脚链接到工信部备案网站'),
  police: optionalString('公安备案号', '如 京公网安备 11010502000001号'),
  policeCode: f.string('公安备案编码', {
    required: false,
    pattern: { source: '^\\d+$', message: '只填数字，如 11010502000001 / digits only' },
  }),
  monthlyTargetMinutes: f.number('每月学习目标（分钟）', { min: 0, max: 10000, default: 600 }),
  studyRules: f.object('学习计时与积分规则', {
    required: false,
    hint: '“我的学习”页面按这些规则计时和计算学习积分；不填则用默认值',
    fields: {
      idleMinutes: f.number('无操作暂停计时（分钟）', {
        min: 1,
        max: 30,
        default: 3,
        hint: '读者这么久没有滚动、点击或按键，就暂停计时（播放音视频时照常计时）',
      }),
      pageDailyCapMinutes: f.number('每页每天最多计时（分钟）', {
        min: 5,
        max: 600,
        default: 60,
        hint: '同一页面一天最多计入的分钟数，开着页面不看不会无限累积',
      }),
      readingMinutesPerPoint: f.number('阅读多少分钟得 1 分', { min: 1, max: 600, default: 10 }),
      mediaMinutesPerPoint: f.number('视听多少分钟得 1 分', { min: 1, max: 600, default: 10 }),
      pointsPerTestPassed: f.number('每通过一次测试或竞赛得分', {
        min: 0,
        max: 100,
        default: 5,
        hint: '同一测试只在第一次及格时计分',
      }),
      pointsPerDailyCorrect: f.number('每日答题每答对一题得分', { min: 0, max: 100, default: 1 }),
    },
  }),
  reportChannel: f.object('保密举报渠道', {
    hint: '举报内容不会进入公开讨论区；至少填写一种方式',
    fields: {
      email: optionalString('举报邮箱'),
      url: f.string('举报表单网址', {
        required: false,
        pattern: { source: '^https://\\S+$', message: '须以 https:// 开头 / must start with https://' },
      }),
      note: f.text('说明'),
    },
  }),
  discussion: f.object('讨论区', {
    required: false,
    hint: '文章下方讨论区用哪种服务；没有选择或没有填完整时，读者看不到讨论区。开通方法见“编辑帮助”',
    fields: {
      provider: f.select('讨论服务', {
        options: options({ giscus: 'giscus', waline: 'waline', none: 'none' }),
        default: 'giscus',
        hint: 'giscus：GitHub 讨论区，需填写下面的“讨论区（Giscus）”；waline：支部自建的讨论服务，账号由支部管理，先审后发；none：不开设讨论区',
      }),
      walineUrl: f.string('Waline 服务地址', {
        required: false,
        default: DEFAULT_WALINE_URL,
        hint: `选 waline 时使用：本站路径（默认 ${DEFAULT_WALINE_URL}，由本站的 nginx 转发），或支部另一台服务器的 https 地址`,
        pattern: WALINE_URL_PATTERN,
      }),
    },
  }),
  branchService: f.boolean('支部服务（投票、民主评议、意见与举报）', {
    default: false,
    hint: '支部的讨论服务（Waline）已按部署说明开通支部服务后才勾选：勾选后，党员用讨论区账号在网站上无记名投票、参加民主评议；不勾选时，这些页面说明线下怎么做。需要“讨论区”选 waline',
  }),
  giscus: f.object('讨论区（Giscus）', {
    required: false,
    hint: '讨论服务选 giscus 时使用，全部填写后启用讨论区；在 https://giscus.app 生成这些值',
    fields: {
      host: f.string('Giscus 服务地址', {
        default: 'https://giscus.app',
        pattern: {
          source: '^https://[^/\\s]+$',
          message: '形如 https://giscus.app，结尾不要斜杠 / like https://giscus.app, no trailing slash',
        },
      }),
      repo: f.string('GitHub 仓库', {
        pattern: { source: '^[\\w.-]+/[\\w.-]+$', message: '形如 owner/repo / like owner/repo' },
      }),
      repoId: f.string('仓库 ID（repo-id）'),
      category: f.string('讨论分类（category）'),
      categoryId: f.string('分类 ID（category-id）'),
      inputPosition: f.select('输入框位置', { options: options({ bottom: 'bottom', top: 'top' }), default: 'bottom' }),
    },
  }),
  mediaHosts: f.list('自有媒体服务器', {
    required: false,
    of: f.string('地址', {
      pattern: {
        source: '^https://[^/\\s]+$',
        message: '形如 https://media.example.cn，结尾不要斜杠 / like https://media.example.cn, no trailing slash',
      },
    }),
    hint: '正文中的图片、音视频只能来自本站和这里列出的自有服务器；其他地址的会被去掉',
  }),
  dues: f.object('党费', {
    required: false,
    hint: '党费计算页和党费台账（npm run dues:report）使用',
    fields: {
      farmerAmount: f.string('农民党员每月党费（元）', {
        default: '0.2',
        pattern: {
          source: '^(0\\.[2-9]\\d?|1(\\.0{1,2})?)$',
          message: '0.2 至 1 元之间，如 0.5（中组发〔2008〕3号） / between 0.2 and 1 yuan',
        },
        hint: '中组发〔2008〕3号规定每月 0.2 至 1 元，由支部确定',
      }),
      publicNames: f.boolean('公示党费时列出姓名', { default: false, hint: '不勾选时，年度公示只列人数和金额' }),
    },
  }),
  cms: f.object('内容管理后台', {
    fields: {
      backend: f.select('存储后端', {
        options: options({ github: 'github', gitlab: 'gitlab', gitea: 'gitea' }),
        default: 'github',
        hint: '本地编辑（npm start）时总是直接写入本机文件',
      }),
      repo: f.string('仓库', {
        pattern: { source: '^[\\w.-]+(/[\\w.-]+)+$', message: '形如 owner/repo / like owner/repo' },
      }),
      branch: f.string('分支', { default: 'main' }),
      baseUrl: f.string('Git 服务地址', {
        required: false,
        hint: '自建 Gitea/GitLab 的地址，如 https://git.example.cn',
        pattern: {
          source: '^https?://\\S+[^/]$',
          message: '形如 https://git.example.cn，结尾不要斜杠 / no trailing slash',
        },
      }),
      appId: optionalString('OAuth 应用 ID', 'Gitea/GitLab 的 OAuth 应用 Client ID（PKCE 登录）'),
      authEndpoint: optionalString('GitHub 登录服务地址', 'GitHub 后端所用外部 OAuth 服务的地址'),
    },
  }),
} as const satisfies Fields;
