/**
 * On every page: "/" focuses the search box. Focusing it fetches the search index's entry files
 * into the browser's cache, so the search page opens fast; nothing else loads before that.
 */
import { localPay } from './local-pay.ts';

const primary = () =>
  document.querySelector<HTMLInputElement>('[data-search-primary]') ??
  document.querySelector<HTMLInputElement>('#site-search');

function typing(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}

document.addEventListener('keydown', (event) => {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) return;
  const box = primary();
  if (!box) return;
  event.preventDefault();
  box.focus();
});

const header = document.querySelector<HTMLInputElement>('#site-search');
header?.addEventListener(
  'focus',
  () => {
    const bundle = header.dataset.bundle;
    if (!bundle) return;
    for (const file of ['pagefind.js', 'pagefind-entry.json']) {
      const link = document.createElement('link');
      link.rel = 'prefetch';
      link.href = `${bundle}${file}`;
      document.head.append(link);
    }
  },
  { once: true },
);

// Pay ranges in the visitor's own number format, where the browser's language is not the page's.
if (!/^en(-US)?$/i.test(navigator.language)) localPay(navigator.language);

export {};
