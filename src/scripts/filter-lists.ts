/**
 * Long filter lists on the search page show their first values and a "Show all" button (the
 * build marks the rest with data-more); the button unfolds the list and folds it again. A value
 * chosen further down stays in view while the list is folded (CSS, on :checked).
 */
export function foldableLists(root: HTMLElement): void {
  for (const button of root.querySelectorAll<HTMLButtonElement>('button.filter-more')) {
    const group = button.closest('fieldset')!;
    const more = button.textContent!.trim();
    button.addEventListener('click', () => {
      const unfold = group.hasAttribute('data-folded');
      group.toggleAttribute('data-folded', !unfold);
      button.setAttribute('aria-expanded', String(unfold));
      button.textContent = unfold ? button.dataset.fewer! : more;
    });
  }
}
