/**
 * The 学习记录 field of a member's archive (widget `study-records`): Decap's own
 * list editor, with 导入学习记录 above it. The secretary picks one or several
 * monthly files the member sent (or pastes the text a member sent as a WeChat
 * message); src/lib/study/import.ts checks and merges them month by month. A
 * refused import changes nothing in the form; an accepted one changes the list,
 * and 发布 writes it, as any edit. The box also shows the member's personal
 * link (/my/?member=<archive id>) to send to the member. On a site with the
 * branch service, 从支部服务读取 fetches the months this member sent there
 * (the secretary signed in on the site with the service's administrator
 * account) and imports them by the same rules as files (service-files.ts).
 *
 * Decap gives a control only its own value: the archive id is the entry's slug
 * (`getEntry`), the site's address comes from the CMS config.
 */
import { Component, createElement as h, type ComponentType, type ReactNode } from 'react';
import { List, fromJS } from 'immutable';
import type { CMS } from 'decap-cms-core';
import {
  changedAnything,
  describeChange,
  ImportRefused,
  importIntoArchive,
  sizeProblem,
  type ArchiveStudyRecord,
  type ImportFile,
} from '../../src/lib/study/import';
import { personalLink } from '../../src/lib/members/identity';
import { serviceImportFiles } from '../../src/lib/study/service-files';
import { callBranch, storedToken } from '../../src/lib/branch/api';
import { walineServerUrl } from '../../src/lib/discussion/waline';
import { t } from '../../src/i18n/zh';

interface Immutable {
  toJS(): unknown;
  get(key: string): unknown;
}

interface Props {
  value?: unknown;
  onChange: (value: unknown) => void;
  getEntry: () => Immutable | undefined;
  config?: { site_url?: string; get?: (key: string) => unknown };
  forID: string;
  [other: string]: unknown;
}

interface State {
  /** Bumped after an import: Decap's list editor keeps per-item state from its first render, so it starts afresh. */
  generation: number;
  outcome?: { refused: boolean; changed: boolean; lines: string[]; files: number };
  pasted: string;
  copied: boolean;
  /** Asking the branch service. */
  fetching: boolean;
}

/** The list control Decap registered as `list`, which this widget wraps. */
interface ListControlInstance {
  validate?: () => void;
  focus?: (path: string) => void;
}

const box = {
  margin: '0 0 1rem',
  padding: '0.75rem 1rem',
  border: '1px solid #dfdfe3',
  borderRadius: '5px',
  background: '#f7f8fa',
};
const row = { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: '0.5rem', margin: '0.5rem 0' } as const;
const button = {
  padding: '0.35rem 0.9rem',
  border: '1px solid #3a69c7',
  borderRadius: '5px',
  background: '#fff',
  color: '#3a69c7',
  font: 'inherit',
  cursor: 'pointer',
};

/** The secretary's sign-in on this site (the one the discussion box and /my/ keep), if any. */
function secretaryToken(): string | undefined {
  try {
    return storedToken(localStorage);
  } catch {
    return undefined;
  }
}

function createControl(ListControl: ComponentType<Record<string, unknown>>, service: string | undefined) {
  return class StudyRecordsControl extends Component<Props, State> {
    override state: State = { generation: 0, pasted: '', copied: false, fetching: false };
    private list: ListControlInstance | null = null;

    /** Like Decap's list: always re-render, so the nested fields can update. */
    override shouldComponentUpdate() {
      return true;
    }

    /** A new archive's draft may start this field as an object (Decap fills defaults only for `list` widgets): make it a list. */
    override componentDidMount() {
      if (this.props.value !== undefined && this.props.value !== null && !List.isList(this.props.value))
        this.props.onChange(List());
    }

    // Decap's editor calls these on the control it knows (this one): the list does the work.
    validate = () => this.list?.validate?.();
    focus = (path: string) => this.list?.focus?.(path);

    private archiveId(): string | undefined {
      const entry = this.props.getEntry();
      const slug = entry?.get('slug');
      return entry?.get('newRecord') || typeof slug !== 'string' || slug === '' ? undefined : slug;
    }

    private records(): ArchiveStudyRecord[] {
      const value = this.props.value;
      return List.isList(value) ? ((value as unknown as Immutable).toJS() as ArchiveStudyRecord[]) : [];
    }

    private merge(files: ImportFile[]) {
      const id = this.archiveId();
      if (!id || files.length === 0) return;
      try {
        const { records, changes, names } = importIntoArchive(id, this.records(), files, new Date());
        if (changedAnything(changes)) this.props.onChange(fromJS(records));
        const changed = changedAnything(changes);
        // A file with a typed name comes here because the secretary chose this archive: show the name to check.
        const lines = [
          ...changes.map(describeChange),
          ...(names.length ? [t('import.typedName', { names: names.join('、') })] : []),
        ];
        this.setState(({ generation }) => ({
          generation: changed ? generation + 1 : generation,
          outcome: { refused: false, changed, lines, files: files.length },
        }));
      } catch (error) {
        if (!(error instanceof ImportRefused)) throw error;
        this.refuse(error.problems, files.length);
      }
    }

    private refuse(lines: string[], files: number) {
      this.setState({ outcome: { refused: true, changed: false, lines, files } });
    }

    private readonly onFiles = async (event: { target: HTMLInputElement }) => {
      const input = event.target;
      const chosen = [...(input.files ?? [])];
      input.value = '';
      // By the size the browser already knows: a file larger than any record is never read into the page.
      const oversized = chosen.flatMap((file) => sizeProblem(file.name, file.size) ?? []);
      if (oversized.length) return this.refuse(oversized, chosen.length);
      this.merge(await Promise.all(chosen.map(async (file) => ({ name: file.name, text: await file.text() }))));
    };

    /** The months this member sent to the branch service, imported as files would be. */
    private readonly onService = async () => {
      const id = this.archiveId();
      if (!id || !service) return;
      const token = secretaryToken();
      if (!token) return this.refuse([t('cms.import.serviceSignIn')], 0);
      this.setState({ fetching: true });
      const answer = await callBranch<unknown>(
        walineServerUrl(service, location.href),
        `study/months?member=${encodeURIComponent(id)}`,
        { token },
      );
      this.setState({ fetching: false });
      if (!answer.ok) {
        const { problem } = answer;
        return this.refuse(
          [
            problem.kind === 'unreachable'
              ? t('cms.import.serviceUnreachable')
              : problem.kind === 'refused' && problem.status !== 403
                ? problem.message
                : t('cms.import.serviceSignIn'),
          ],
          0,
        );
      }
      const files = serviceImportFiles(answer.data);
      if (files.length === 0)
        return this.setState({
          outcome: { refused: false, changed: false, lines: [t('cms.import.serviceNone')], files: 0 },
        });
      this.merge(files);
    };

    private readonly onPaste = () => {
      this.merge([{ name: t('cms.import.pasted'), text: this.state.pasted }]);
      this.setState({ pasted: '' });
    };

    private outcome(): ReactNode {
      const { outcome } = this.state;
      if (!outcome) return null;
      const lead = outcome.refused
        ? t('cms.import.refused')
        : t(outcome.changed ? 'cms.import.done' : 'cms.import.unchanged', { count: outcome.files });
      return h(
        'div',
        {
          role: outcome.refused ? 'alert' : 'status',
          'data-import-outcome': outcome.refused ? 'refused' : 'done',
          style: { color: outcome.refused ? '#b0141c' : '#1f5e2e' },
        },
        h('p', { style: { margin: '0.5rem 0 0.25rem', fontWeight: 600 } }, lead),
        h(
          'ul',
          { style: { margin: 0, paddingLeft: '1.25rem' } },
          ...outcome.lines.map((line, i) => h('li', { key: i }, line)),
        ),
      );
    }

    private link(id: string): ReactNode {
      // Decap 3 passes its config as a plain object (older versions: an Immutable map).
      const config = this.props.config;
      const site = typeof config?.get === 'function' ? config.get('site_url') : config?.site_url;
      const base = typeof site === 'string' && site ? site : new URL('../', location.href).toString();
      const url = personalLink(new URL('my/', base).toString(), id);
      const copy = async () => {
        await navigator.clipboard?.writeText(url).catch(() => undefined);
        this.setState({ copied: true });
      };
      return h(
        'div',
        { style: { marginTop: '0.75rem', fontSize: '0.9em' } },
        h('p', { style: { margin: 0 } }, t('cms.import.link')),
        h(
          'div',
          { style: row },
          h('code', { style: { wordBreak: 'break-all' }, 'data-personal-link': '' }, url),
          h(
            'button',
            { type: 'button', style: button, onClick: copy },
            this.state.copied ? t('cms.import.copied') : t('cms.import.copyLink'),
          ),
        ),
      );
    }

    override render() {
      const id = this.archiveId();
      const fileId = `${this.props.forID}-import`;
      const pasteId = `${this.props.forID}-paste`;
      const importer = id
        ? [
            h('p', { key: 'help', style: { margin: '0.25rem 0' } }, t('cms.import.help')),
            h(
              'div',
              { key: 'file', style: row },
              h('label', { htmlFor: fileId, style: { fontWeight: 600 } }, t('cms.import.choose')),
              h('input', {
                id: fileId,
                type: 'file',
                multiple: true,
                accept: '.json,.txt,application/json,text/plain',
                onChange: this.onFiles,
              }),
            ),
            h(
              'label',
              { key: 'paste-label', htmlFor: pasteId, style: { display: 'block', marginTop: '0.5rem' } },
              t('cms.import.paste'),
            ),
            h('textarea', {
              key: 'paste',
              id: pasteId,
              rows: 2,
              value: this.state.pasted,
              onChange: (event: { target: { value: string } }) => this.setState({ pasted: event.target.value }),
              style: { width: '100%', font: '0.85em/1.4 monospace' },
            }),
            h(
              'button',
              {
                key: 'paste-button',
                type: 'button',
                style: button,
                disabled: this.state.pasted.trim() === '',
                onClick: this.onPaste,
              },
              t('cms.import.pasteButton'),
            ),
            ...(service
              ? [
                  h(
                    'div',
                    { key: 'service', style: row },
                    h(
                      'button',
                      { type: 'button', style: button, disabled: this.state.fetching, onClick: this.onService },
                      this.state.fetching ? t('cms.import.serviceBusy') : t('cms.import.fromService'),
                    ),
                    h('span', { style: { fontSize: '0.9em' } }, t('cms.import.fromServiceHint')),
                  ),
                ]
              : []),
            h('div', { key: 'outcome' }, this.outcome()),
            h('div', { key: 'link' }, this.link(id)),
          ]
        : [h('p', { key: 'save-first', style: { margin: '0.25rem 0' } }, t('cms.import.saveFirst'))];
      const value = List.isList(this.props.value) ? this.props.value : undefined;
      return h(
        'div',
        {},
        h(
          'section',
          { 'aria-label': t('cms.import.title'), 'data-study-import': '', style: box },
          h('h3', { style: { margin: 0, fontSize: '1em' } }, t('cms.import.title')),
          ...importer,
        ),
        h(ListControl, {
          ...this.props,
          key: this.state.generation,
          value,
          ref: (instance: ListControlInstance | null) => {
            this.list = instance;
          },
        }),
      );
    }
  };
}

/** `service`: the branch service's address when the site has it (the admin page's #branch-service). */
export function registerStudyRecordsWidget(cms: CMS, service?: string): void {
  const list = cms.getWidget('list') as unknown as { control?: ComponentType<Record<string, unknown>> } | undefined;
  if (!list?.control) throw new Error('Decap has no `list` widget to wrap: the study-records widget needs it');
  // Decap's typings know only value/field/onChange/forID/classNameWrapper; the control uses more of what Decap passes.
  cms.registerWidget(
    'study-records',
    createControl(list.control, service) as unknown as Parameters<CMS['registerWidget']>[1],
  );
}
