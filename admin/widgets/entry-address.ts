/**
 * The 网址 field of every collection (widget `entry-address`): for a new entry,
 * the pinyin of its title, following the title as it is typed until the editor
 * types an address of their own; after the first save, the address the entry got,
 * read-only. The value only names the file (the collection's slug template reads
 * it); it is never written into the file (entry-formats.ts).
 */
import { Component, Fragment, createElement as h } from 'react';
import type { CMS } from 'decap-cms-core';
import { addressFromMoment, addressFromTitle, isValidAddress, tidyAddress } from './entry-address-rules';
import { onFormEdits } from './form-edits';
import { ENTRY_ADDRESS_FIELD } from '../config/to-decap';
import { ID_PATTERN } from '../../src/lib/entry-ids';
import { chinesePart, modelMessages as m } from '../../src/model/messages';
import { t } from '../../src/i18n/zh';

interface Immutable {
  get(key: string): unknown;
  getIn(path: string[]): unknown;
  set(key: string, value: unknown): Immutable;
}

interface Props {
  value?: string | null;
  field: Immutable;
  forID: string;
  classNameWrapper: string;
  onChange: (value: string) => void;
  getEntry: () => Immutable | undefined;
  setActiveStyle: () => void;
  setInactiveStyle: () => void;
}

const titleLabel = (field: Immutable) => String(field.get('title_label'));

const pathOf = (field: Immutable, address: string) => {
  const prefix = field.get('url_prefix');
  return typeof prefix === 'string' ? `${prefix}${address}/` : address;
};

class EntryAddressControl extends Component<Props> {
  /** The editor typed an address: it no longer follows the title. */
  private typed = false;
  private stopWatching: (() => void) | undefined;

  private isNew(): boolean {
    return this.props.getEntry()?.get('newRecord') === true;
  }

  private suggestion(): string {
    const titleField = String(this.props.field.get('title_field'));
    return addressFromTitle(this.props.getEntry()?.getIn(['data', titleField]));
  }

  /** Follows the title while the editor has not typed an address; nothing while the title is empty, so an untouched form stays unchanged. */
  private follow = () => {
    if (!this.isNew() || this.typed) return;
    const suggestion = this.suggestion();
    if (suggestion && suggestion !== (this.props.value ?? '')) this.props.onChange(suggestion);
  };

  override componentDidMount() {
    this.typed = this.isNew() && Boolean(this.props.value) && this.props.value !== this.suggestion();
    this.stopWatching = onFormEdits(this.follow);
    this.follow();
  }

  override componentWillUnmount() {
    this.stopWatching?.();
  }

  override shouldComponentUpdate() {
    return true;
  }

  /** Called by Decap before saving. */
  isValid = () => {
    const value = this.props.value ?? '';
    // Judged as it will be saved: tidied (spaces, capitals and Chinese become pinyin words).
    if (!this.isNew() || value === '' || isValidAddress(tidyAddress(value))) return true;
    return { error: { type: 'CUSTOM', message: chinesePart(m.pattern(t('cms.address.label'), ID_PATTERN.message)) } };
  };

  override render() {
    const { classNameWrapper, forID, field, onChange, setActiveStyle, setInactiveStyle } = this.props;
    if (!this.isNew()) {
      const address = String(this.props.getEntry()?.get('slug') ?? '');
      // Read-only, and looking it: no field frame around it.
      return h(
        'div',
        { id: forID, style: { padding: '0.5em 0' } },
        h('code', null, pathOf(field, address)),
        h('p', { style: { margin: '0.25em 0 0' } }, t('cms.address.fixed')),
      );
    }
    const value = this.props.value ?? '';
    const saved = value && tidyAddress(value);
    // Decap's own text field look (classNameWrapper on the input), the address it makes below.
    return h(
      Fragment,
      null,
      h('input', {
        id: forID,
        className: classNameWrapper,
        type: 'text',
        value,
        inputMode: 'url',
        autoCapitalize: 'off',
        spellCheck: false,
        placeholder: t('cms.address.placeholder', { field: titleLabel(field) }),
        onFocus: setActiveStyle,
        onChange: (event: { target: { value: string } }) => {
          this.typed = event.target.value !== '';
          onChange(event.target.value);
        },
        onBlur: (event: { target: { value: string } }) => {
          setInactiveStyle();
          if (event.target.value) onChange(tidyAddress(event.target.value));
          else {
            this.typed = false;
            this.follow();
          }
        },
      }),
      h(
        'p',
        { style: { margin: '0.5em 0 0' } },
        // What will be saved, tidied as it will be (spaces, capitals, Chinese), not the raw keystrokes.
        saved
          ? t('cms.address.preview', { path: pathOf(field, saved) })
          : t('cms.address.fromTitle', { field: titleLabel(field) }),
      ),
    );
  }
}

interface EntryMap {
  get(key: 'newRecord'): unknown;
  get(key: 'data'): Immutable;
  get(key: 'collection'): string;
  set(key: 'data', value: Immutable): EntryMap;
}

export function registerEntryAddressWidget(cms: CMS, namingFieldOf: (collection: string) => string | undefined): void {
  cms.registerWidget('entry-address', EntryAddressControl as unknown as Parameters<CMS['registerWidget']>[1]);
  // A new entry saved before the address followed its title (or with no title to spell) still gets one.
  cms.registerEventListener({
    name: 'preSave',
    handler: ({ entry }: { entry: EntryMap }) => {
      const data = entry.get('data');
      if (entry.get('newRecord') !== true) return undefined;
      const typed = data.get(ENTRY_ADDRESS_FIELD);
      // Saved straight from the field (no blur): the address the helper showed, tidied.
      const own = typeof typed === 'string' ? tidyAddress(typed) : '';
      const titleField = namingFieldOf(entry.get('collection'));
      const address =
        (isValidAddress(own) && own) ||
        (titleField && addressFromTitle(data.get(titleField))) ||
        addressFromMoment(new Date());
      return data.set(ENTRY_ADDRESS_FIELD, address);
    },
  });
}
