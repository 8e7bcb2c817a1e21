/**
 * Names for the controls Waline leaves unnamed or names in English: its edit
 * and delete buttons are bare icons, and its profile links say "Profile" over
 * the member's name (axe: button-name, label-content-name-mismatch). Applied
 * whenever Waline renders. Part of the box's on-demand chunk.
 */
export interface ControlLabels {
  edit: string;
  delete: string;
  profile: string;
  /** The administrators' badge, in words beside Waline's bare shield icon. */
  admin: string;
}

function label(root: HTMLElement, labels: ControlLabels) {
  for (const button of root.querySelectorAll('button.wl-edit')) button.setAttribute('aria-label', labels.edit);
  for (const button of root.querySelectorAll('button.wl-delete')) button.setAttribute('aria-label', labels.delete);
  for (const link of root.querySelectorAll<HTMLElement>('a.wl-login-nick')) {
    const name = link.textContent?.trim();
    // The accessible name starts with the visible name, as speech input expects.
    link.setAttribute('aria-label', name ? `${name}（${labels.profile}）` : labels.profile);
  }
  for (const image of root.querySelectorAll('.wl-login-info img')) image.setAttribute('alt', '');
  // Waline marks administrators with a small shield on the avatar only, which an emoji in a nickname can pass for.
  // A worded badge in the site's accent box beside the name cannot be typed (nicknames are plain text, and may not
  // contain 管理员: services/waline/policy.cjs).
  for (const icon of root.querySelectorAll('svg.administrator-icon')) {
    icon.setAttribute('aria-hidden', 'true');
    const nick = icon.closest('.wl-card-item')?.querySelector(':scope > .wl-card > .wl-head > .wl-nick');
    if (!nick || nick.nextElementSibling?.classList.contains('site-admin-badge')) continue;
    nick.after(
      Object.assign(document.createElement('span'), { className: 'site-admin-badge', textContent: labels.admin }),
    );
  }
}

/** Labels Waline's controls in `root` now and after every render; returns the undo. */
export function labelControls(root: HTMLElement, labels: ControlLabels): () => void {
  const observer = new MutationObserver(() => label(root, labels));
  observer.observe(root, { childList: true, subtree: true });
  label(root, labels);
  return () => observer.disconnect();
}
