/**
 * Decap adds an item to a list (新增选项, 新增题目 …) and leaves the focus on the
 * button, so what the editor types next is lost. This moves the focus into the
 * first field of the item just added: the first text field in that list that was
 * not there before the click, once it appears. For a list with item kinds the
 * button opens a menu first; the item appears after the kind is picked.
 */
const ADD_BUTTON_TEXT = /^新增/;
/** Long enough to pick an item kind from the menu; after that a new field is not the editor's doing. */
const WAIT_MS = 15_000;
/** Decap's own text controls (`<name>-field-<n>`), not the search box of a select (a combobox). */
const TEXT_FIELDS =
  'input[id*="-field-"]:is([type="text"], :not([type])):not([role="combobox"]), textarea[id*="-field-"], [contenteditable="true"]';

function focusNewField(list: Element) {
  const before = new Set(list.querySelectorAll(TEXT_FIELDS));
  const observer = new MutationObserver(() => {
    const added = [...list.querySelectorAll<HTMLElement>(TEXT_FIELDS)].find(
      (field) => !before.has(field) && field.offsetParent !== null,
    );
    if (!added) return;
    stop();
    // Only when the editor has not gone on to another field meanwhile.
    const active = document.activeElement;
    if (
      !active ||
      active === document.body ||
      active.closest('button, [role="button"], [role="menu"], [role="menuitem"]')
    ) {
      added.focus();
    }
  });
  const timer = setTimeout(() => stop(), WAIT_MS);
  function stop() {
    observer.disconnect();
    clearTimeout(timer);
  }
  observer.observe(list, { childList: true, subtree: true });
}

export function registerListAddFocus(): void {
  document.addEventListener(
    'click',
    (event) => {
      // A plain list's 新增 is a button; a list with item kinds opens its menu from a span with role="button".
      const button = (event.target as Element | null)?.closest?.('button, [role="button"]');
      if (!button || !ADD_BUTTON_TEXT.test(button.textContent?.trim() ?? '')) return;
      // The list control is the nearest element with a Decap field id (`<name>-field-<n>`).
      const list = button.closest('[id*="-field-"]');
      if (list) focusNewField(list);
    },
    true,
  );
}
