/**
 * Client side of SiteHeader.astro's menu: folds it behind a button on phones and
 * opens each group as a drop-down, with Escape and clicking away closing them.
 */
class SiteMenu extends HTMLElement {
  connectedCallback() {
    const toggle = this.querySelector<HTMLButtonElement>('.toggle')!;
    const groups = [...this.querySelectorAll<HTMLButtonElement>('.group-toggle')];
    for (const button of [toggle, ...groups]) button.hidden = false;
    this.dataset.foldable = '';
    const setOpen = (button: HTMLButtonElement, open: boolean) => button.setAttribute('aria-expanded', String(open));
    const isOpen = (button: HTMLButtonElement) => button.getAttribute('aria-expanded') === 'true';

    toggle.addEventListener('click', () => {
      setOpen(toggle, !isOpen(toggle));
      if (isOpen(toggle)) this.querySelector<HTMLElement>('nav a, nav .group-toggle:not([hidden])')?.focus();
    });
    for (const button of groups) {
      button.addEventListener('click', () => {
        const open = !isOpen(button);
        for (const other of groups) setOpen(other, false);
        setOpen(button, open);
      });
    }
    // Escape closes the innermost open part and returns focus to its button.
    this.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape') return;
      const group = groups.find(isOpen) ?? (isOpen(toggle) ? toggle : undefined);
      if (!group) return;
      setOpen(group, false);
      group.focus();
    });
    // A drop-down closes when the reader clicks or tabs elsewhere.
    document.addEventListener('click', (event) => {
      if (!this.contains(event.target as Node)) for (const button of groups) setOpen(button, false);
    });
    this.addEventListener('focusout', (event) => {
      if (!this.contains(event.relatedTarget as Node | null)) for (const button of groups) setOpen(button, false);
    });
  }
}
customElements.define('site-menu', SiteMenu);
