/**
 * The search page: live results from the Pagefind index as the visitor types, filters with
 * counts (also without a search term), sorting, and all of it in the URL so a search can be
 * shared, bookmarked and restored with the back button.
 */
import { SEARCH_FILTERS as FILTERS } from '../lib/search/filters.ts';
import { excerptParts } from '../lib/search/excerpt.ts';
import { fromParam, toParam, type FilterOption } from '../lib/search/slugs.ts';
import { typingHistory } from './search-history.ts';
import { foldableLists } from './filter-lists.ts';

interface PagefindResult {
  id: string;
  data(): Promise<{ url: string; excerpt: string; content: string; meta: Record<string, string> }>;
}
interface PagefindSearch {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
  unfilteredResultCount: number;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(term: string | null, options: Record<string, unknown>): Promise<PagefindSearch | null>;
  debouncedSearch(term: string | null, options: Record<string, unknown>, ms: number): Promise<PagefindSearch | null>;
}

/**
 * Results shown at first, and added per "Show more": each costs the browser a fetch of its
 * excerpt (about 2 KB), so the first answer on a slow network waits for five, as Pagefind's own
 * interface does, and a visitor who asks for more gets ten at a time.
 */
const FIRST_RESULTS = 5;
const MORE_RESULTS = 10;

interface State {
  q: string;
  filters: Record<string, string[]>;
  sort: string;
}

const root = document.querySelector<HTMLElement>('#search')!;
const form = root.querySelector<HTMLFormElement>('#search-form')!;
const input = root.querySelector<HTMLInputElement>('#search-input')!;
const sort = root.querySelector<HTMLSelectElement>('#search-sort')!;
const panel = root.querySelector<HTMLDetailsElement>('#search-filters')!;
const groups = root.querySelector<HTMLElement>('#search-filter-groups')!;
const status = root.querySelector<HTMLElement>('#search-status')!;
const results = root.querySelector<HTMLElement>('#search-results')!;
const base = root.dataset.base!;
/** Whether the site has open jobs besides roles: results are then "results", not "roles". */
const hasJobs = root.dataset.jobs === 'yes';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, attrs: Record<string, string> = {}) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, value);
  return node;
}

function readUrl(): State {
  const params = new URLSearchParams(location.search);
  const filters: Record<string, string[]> = {};
  for (const { key } of FILTERS) {
    const values = params.getAll(key).filter(Boolean);
    if (values.length > 0) filters[key] = values;
  }
  return { q: params.get('q') ?? '', filters, sort: params.get('sort') ?? '' };
}

/** A filter's values with their slugs, from the panel the build wrote. */
function options(key: string): FilterOption[] {
  return [...groups.querySelectorAll<HTMLInputElement>(`input[name="${key}"]`)].map((box) => ({
    value: box.value,
    slug: box.dataset.slug ?? '',
  }));
}

/** The URL of a search: filters by their slugs (?family=backend&level=mid), as the site's own addresses. */
function toUrl(state: State): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const { key } of FILTERS) {
    const known = options(key);
    for (const value of state.filters[key] ?? []) params.append(key, toParam(value, known));
  }
  if (state.sort) params.set('sort', state.sort);
  const query = params.toString();
  return `${location.pathname}${query ? `?${query}` : ''}`;
}

function readForm(): State {
  const filters: Record<string, string[]> = {};
  for (const box of groups.querySelectorAll<HTMLInputElement>('input[type=checkbox]:checked')) {
    (filters[box.name] ??= []).push(box.value);
  }
  return { q: input.value.trim(), filters, sort: sort.value };
}

/**
 * Filter values from a typed or shared URL as the index has them: by slug (?level=mid), or by the
 * value itself in any letter case, as older links have them (?level=Mid-level, ?level=staff).
 */
function canonical(state: State): State {
  const filters: Record<string, string[]> = {};
  for (const [key, values] of Object.entries(state.filters)) {
    const known = options(key);
    filters[key] = values.map((value) => fromParam(value, known) ?? value);
  }
  return { ...state, filters };
}

function writeForm(state: State) {
  input.value = state.q;
  sort.value = state.sort;
  for (const box of groups.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
    box.checked = state.filters[box.name]?.includes(box.value) ?? false;
  }
}

function pagefindFilters(state: State) {
  const filters: Record<string, unknown> = {};
  for (const { key, match } of FILTERS) {
    const values = state.filters[key];
    if (values?.length) filters[key] = match === 'any' ? { any: values } : values;
  }
  return filters;
}

type Counts = Record<string, Record<string, number>>;

/** The filter panel is in the page from the build, with every value and its count over the whole site. */
function showFilterPanel() {
  panel.hidden = false;
  // Filters stay folded on a phone, where they would push the results off the screen.
  panel.open = !matchMedia('(max-width: 48rem)').matches;
  foldableLists(groups);
}

/** The whole site's counts, as the build wrote them into the panel. */
function siteCounts(): Counts {
  const counts: Counts = {};
  for (const box of groups.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
    (counts[box.name] ??= {})[box.value] = Number(box.dataset.count);
  }
  return counts;
}

let filterData: Promise<void> | undefined;
let filtersLoaded = false;

/**
 * Loads every filter's data, once (Pagefind's filters() fetches all of them: at 10,000 roles the
 * skills alone are 170 KB). Until then a search fetches only the filters it uses, and the counts
 * of a search are not known: so this runs when a visitor opens or uses the filters.
 */
function loadFilters(): Promise<void> {
  filterData ??= pagefind.filters().then(() => {
    filtersLoaded = true;
  });
  return filterData;
}

/** Counts by each filter value; `undefined` hides them (a search's counts before the filters are loaded). */
function updateCounts(counts: Counts | undefined) {
  for (const box of groups.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
    const count = counts?.[box.name]?.[box.value] ?? 0;
    const label = box.nextElementSibling!;
    label.querySelector('[data-filter-count]')!.textContent = counts ? `(${count})` : '';
    box.closest('li')!.classList.toggle('empty', counts !== undefined && count === 0 && !box.checked);
  }
}

/** Loads the filters when the visitor reaches for them, then shows the current search's counts. */
function loadFiltersOnUse() {
  const use = () => {
    if (filterData) return;
    void loadFilters().then(() => search(readForm(), false));
  };
  panel.addEventListener('pointerdown', use);
  panel.addEventListener('focusin', use);
}

function describe(state: State, count: number): string {
  const parts: string[] = [];
  if (state.q) parts.push(`for “${state.q}”`);
  const chosen = FILTERS.filter(({ key }) => state.filters[key]?.length).map(
    ({ key, label }) => `${label.replace(/ \(.*\)$/, '')}: ${state.filters[key]!.join(', ')}`,
  );
  if (chosen.length) parts.push(`with ${chosen.join('; ')}`);
  // "roles" on a site of roles; "jobs" or "roles" when one kind is chosen; "results" for both.
  const types = state.filters.type ?? [];
  const [one, many] =
    types.length === 1
      ? types[0] === 'Job'
        ? ['job', 'jobs']
        : ['role', 'roles']
      : hasJobs
        ? ['result', 'results']
        : ['role', 'roles'];
  return (
    `${count === 0 ? `No ${many}` : count === 1 ? `1 ${one}` : `${count} ${many}`} ${parts.join(' ')}`.trim() + '.'
  );
}

function renderEmpty(state: State) {
  const box = el('div', undefined, { class: 'no-results' });
  box.append(el('p', 'Try fewer or other words, or a different filter.'));
  const list = el('ul');
  if (Object.keys(state.filters).length > 0) {
    const item = el('li');
    const clear = el('button', 'Clear all filters', { type: 'button', class: 'secondary' });
    clear.addEventListener('click', () => clearFilters());
    item.append(clear);
    list.append(item);
  }
  for (const [text, path] of [
    ...(hasJobs ? ([['Browse the open positions', 'jobs/']] as const) : []),
    ['Browse all roles', 'roles/'],
    ['Browse roles by skill', 'skills/'],
  ] as const) {
    const item = el('li');
    item.append(el('a', text, { href: `${base}${path}` }));
    list.append(item);
  }
  box.append(list);
  results.replaceChildren(box);
}

async function resultItems(results: PagefindResult[]): Promise<HTMLElement[]> {
  const data = await Promise.all(results.map((r) => r.data()));
  return data.map((result) => {
    const item = el('li', undefined, { class: 'result' });
    const heading = el('h2');
    // A job and a role are different things to find: each result says which it is.
    const type = result.meta.type ?? 'Role';
    heading.append(el('span', type, { class: `result-type result-type-${type.toLowerCase()}` }), ' ');
    heading.append(el('a', result.meta.title ?? result.url, { href: result.url }));
    item.append(heading);
    const facts = (
      type === 'Job'
        ? [result.meta.where, result.meta.employment, result.meta.pay]
        : [result.meta.levels, result.meta.family]
    )
      .filter(Boolean)
      .join(' · ');
    if (facts) item.append(el('p', facts, { class: 'muted' }));
    const excerpt = el('p', undefined, { class: 'excerpt' });
    const parts = result.excerpt ? excerptParts(result.excerpt, result.content) : [];
    // With nothing highlighted (browsing, or filters alone) the excerpt is the page's start, the
    // title once more: the summary says what the role is instead.
    if (parts.some((part) => part.mark) || !result.meta.summary)
      for (const part of parts) excerpt.append(part.mark ? el('mark', part.text) : part.text);
    else excerpt.textContent = result.meta.summary;
    item.append(excerpt);
    return item;
  });
}

/**
 * The first results, and a "Show more" button that adds the next ones and moves focus to the
 * first of them. Built off-page, since the results' data arrives asynchronously.
 */
async function resultList(found: PagefindSearch, isCurrent: () => boolean): Promise<HTMLElement[]> {
  const list = el('ol', undefined, { class: 'results', id: 'search-results-list' });
  list.append(...(await resultItems(found.results.slice(0, FIRST_RESULTS))));
  if (found.results.length <= FIRST_RESULTS) return [list];
  const more = el('button', '', { type: 'button', class: 'secondary' });
  const label = () => {
    const left = found.results.length - list.children.length;
    more.textContent = `Show ${Math.min(MORE_RESULTS, left)} more of ${left} remaining`;
  };
  label();
  more.addEventListener('click', async () => {
    if (more.disabled) return;
    more.disabled = true;
    const next = await resultItems(found.results.slice(list.children.length, list.children.length + MORE_RESULTS));
    more.disabled = false;
    if (!isCurrent()) return;
    list.append(...next);
    next[0]?.querySelector('a')?.focus();
    if (list.children.length >= found.results.length) more.remove();
    else label();
  });
  return [list, more];
}

let pagefind: Pagefind;
let run = 0;

/**
 * Runs a search and shows it, unless a newer one started meanwhile: every await is followed by
 * that check, so a slow earlier search never overwrites a later one.
 */
async function search(state: State, debounce: boolean) {
  const mine = ++run;
  const current = () => mine === run;
  const browsing = !state.q && Object.keys(state.filters).length === 0;
  // Filters in use (from a shared URL, say): their live counts need every filter's data.
  if (!browsing && Object.keys(state.filters).length > 0) await loadFilters();
  if (!current()) return;
  const options = { filters: pagefindFilters(state), sort: sortOption(state) };
  const found = browsing
    ? await pagefind.search(null, { sort: sortOption(state) })
    : debounce
      ? await pagefind.debouncedSearch(state.q || null, options, 200)
      : await pagefind.search(state.q || null, options);
  if (!found || !current()) return;
  // Browsing everything: counts are those of all roles, known from the build.
  const counts = browsing ? siteCounts() : filtersLoaded ? found.filters : undefined;
  const list = found.results.length > 0 ? await resultList(found, current) : undefined;
  if (!current()) return;
  updateCounts(counts);
  status.textContent = browsing
    ? `Type to search, or choose filters. All ${hasJobs ? 'roles and open jobs' : 'roles'} are listed below.`
    : describe(state, found.results.length);
  if (list) results.replaceChildren(...list);
  else renderEmpty(state);
}

function sortOption(state: State) {
  if (state.sort === 'level') return { level: 'asc' };
  if (state.sort === 'updated') return { updated: 'desc' };
  return undefined;
}

const typing = typingHistory();

/** Puts the form's search in the URL (a new history entry, or the current one) and runs it. */
function commit(push: boolean, debounce = !push) {
  const state = readForm();
  const next = toUrl(state);
  if (next !== `${location.pathname}${location.search}`) history[push ? 'pushState' : 'replaceState'](null, '', next);
  void search(state, debounce);
}

/** Enter, a filter or the sort: a search of its own, and the next keystroke starts another. */
function commitNow() {
  typing.settle();
  commit(true);
}

function clearFilters() {
  for (const box of groups.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) box.checked = false;
  commitNow();
  input.focus();
}

/** ↓ from the box to the first result, ↑/↓ between results, ↑ from the first result back to the box. */
function onKeys(event: KeyboardEvent) {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const links = [...results.querySelectorAll<HTMLAnchorElement>('.result h2 a')];
  const at = links.indexOf(document.activeElement as HTMLAnchorElement);
  if (document.activeElement === input) {
    if (event.key === 'ArrowDown' && links[0]) {
      event.preventDefault();
      links[0].focus();
    }
    return;
  }
  if (at === -1) return;
  event.preventDefault();
  const next = event.key === 'ArrowDown' ? links[at + 1] : (links[at - 1] ?? input);
  next?.focus();
}

/** The arrow-key help, where there is a keyboard to press (not on a touch screen). */
function showKeyboardHelp() {
  if (!matchMedia('(hover: hover) and (pointer: fine)').matches) return;
  const help = root.querySelector<HTMLElement>('#search-help')!;
  help.hidden = false;
  input.setAttribute('aria-describedby', help.id);
}

async function start() {
  try {
    pagefind = (await import(/* @vite-ignore */ `${root.dataset.bundle}pagefind.js`)) as Pagefind;
    await pagefind.options({ baseUrl: base, excerptLength: 24, noWorker: root.dataset.worker === 'off' });
    await pagefind.init();
  } catch {
    status.textContent = '';
    results.replaceChildren(
      el(
        'p',
        'Search has no index here. In a local preview, run “npm run build” once; “npm run dev” then searches the last built index.',
      ),
    );
    return;
  }
  root.querySelector('#search-nojs')?.remove();
  sort.disabled = false;
  showFilterPanel();
  loadFiltersOnUse();
  const state = canonical(readUrl());
  // Words typed while the index was loading win over the URL's, and go into it.
  const typed = input.value.trim();
  if (typed && typed !== state.q) {
    state.q = typed;
    history.replaceState(null, '', toUrl(state));
  }
  writeForm(state);
  showKeyboardHelp();
  // Typing after a pause is a new search with a history entry of its own; Back returns to the one before.
  input.addEventListener('input', () => commit(typing.typed() === 'push', true));
  groups.addEventListener('change', commitNow);
  sort.addEventListener('change', commitNow);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    commitNow();
  });
  root.querySelector('#search-clear')!.addEventListener('click', clearFilters);
  document.addEventListener('keydown', onKeys);
  addEventListener('popstate', () => {
    typing.settle();
    const restored = canonical(readUrl());
    writeForm(restored);
    void search(restored, false);
  });
  await search(state, false);
}

void start();

export {};
