/**
 * The compare page in the browser: two role pickers, the comparison drawn from compare.json,
 * and the choice kept in the URL (?a=…&b=…) so it can be shared. Without JavaScript the page
 * offers the ready-made comparisons instead.
 */
interface RoleData {
  id: string;
  title: string;
  url: string;
  levels: string;
  family: string;
  experience: string;
  education: string;
  skills: string[];
}
interface CompareData {
  categories: string[];
  skills: Record<string, { category: string; slug: string }>;
  roles: RoleData[];
}

const form = document.querySelector<HTMLFormElement>('#compare-form');
const result = document.querySelector<HTMLElement>('#compare-result');

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, attrs: Record<string, string> = {}) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, value);
  return node;
}

function skillGroups(names: string[], data: CompareData, skillsBase: string): HTMLElement[] {
  if (names.length === 0) return [el('p', 'None.')];
  return data.categories
    .map((category) => ({ category, skills: names.filter((n) => data.skills[n]?.category === category).sort() }))
    .filter((g) => g.skills.length > 0)
    .map((group) => {
      const section = el('section');
      section.append(el('h3', group.category));
      const list = el('ul', undefined, { class: 'chips' });
      for (const skill of group.skills) {
        const item = el('li');
        // "Go roles" to a screen reader: the link leads to the roles that ask for the skill.
        const link = el('a', skill, { class: 'chip', href: `${skillsBase}${data.skills[skill]!.slug}/` });
        link.append(el('span', ' roles', { class: 'visually-hidden' }));
        item.append(link);
        list.append(item);
      }
      section.append(list);
      return section;
    });
}

function render(a: RoleData, b: RoleData, data: CompareData, skillsBase: string): HTMLElement {
  const root = el('div', undefined, { class: 'comparison' });
  root.append(el('h2', `${a.title} compared with ${b.title}`));
  const table = el('table');
  const head = el('tr');
  head.append(el('td'));
  for (const role of [a, b]) {
    const th = el('th', undefined, { scope: 'col' });
    th.append(el('a', role.title, { href: role.url }));
    head.append(th);
  }
  table.append(el('thead'), el('tbody'));
  table.tHead!.append(head);
  const rows: [string, keyof RoleData][] = [
    ['Levels', 'levels'],
    ['Family', 'family'],
    ['Experience', 'experience'],
    ['Education', 'education'],
  ];
  for (const [label, key] of [...rows, ['Skills', 'skills'] as [string, keyof RoleData]]) {
    const row = el('tr');
    row.append(el('th', label, { scope: 'row' }));
    for (const role of [a, b]) row.append(el('td', key === 'skills' ? String(role.skills.length) : String(role[key])));
    table.tBodies[0]!.append(row);
  }
  root.append(table);
  const inB = new Set(b.skills);
  const inA = new Set(a.skills);
  const both = a.skills.filter((s) => inB.has(s));
  const onlyA = a.skills.filter((s) => !inB.has(s));
  const onlyB = b.skills.filter((s) => !inA.has(s));
  root.append(el('h2', `Skills both ask for (${both.length})`), ...skillGroups(both, data, skillsBase));
  const columns = el('div', undefined, { class: 'two-col' });
  for (const [role, skills] of [
    [a, onlyA],
    [b, onlyB],
  ] as const) {
    const section = el('section');
    section.append(el('h2', `Only ${role.title} (${skills.length})`), ...skillGroups(skills, data, skillsBase));
    columns.append(section);
  }
  root.append(columns);
  return root;
}

/** The same role chosen twice: say so, and offer the roles it is most worth comparing with. */
function sameRole(role: RoleData, data: CompareData): HTMLElement {
  const box = el('div', undefined, { class: 'same-role' });
  box.append(el('p', `That is ${role.title} twice: choose a different second role to compare it with.`));
  // Its own family first, nearest in level, then the rest, as the related roles on a role page.
  const others = data.roles
    .filter((other) => other.id !== role.id)
    .sort((x, y) => Number(y.family === role.family) - Number(x.family === role.family))
    .slice(0, 3);
  if (others.length === 0) return box;
  const list = el('ul');
  for (const other of others) {
    const item = el('li');
    const query = new URLSearchParams({ a: role.id, b: other.id });
    item.append(el('a', `Compare with ${other.title}`, { href: `${location.pathname}?${query}` }));
    list.append(item);
  }
  box.append(list);
  return box;
}

async function start(form: HTMLFormElement, result: HTMLElement) {
  const response = await fetch(form.dataset.source!);
  if (!response.ok) return;
  const data = (await response.json()) as CompareData;
  const skillsBase = form.dataset.skillsBase!;
  const [selectA, selectB] = [form.elements.namedItem('a'), form.elements.namedItem('b')] as HTMLSelectElement[];
  const params = new URLSearchParams(location.search);
  selectA!.value = params.get('a') ?? '';
  selectB!.value = params.get('b') ?? '';
  form.hidden = false;

  const update = () => {
    const a = data.roles.find((r) => r.id === selectA!.value);
    const b = data.roles.find((r) => r.id === selectB!.value);
    const query = new URLSearchParams();
    if (a) query.set('a', a.id);
    if (b) query.set('b', b.id);
    history.replaceState(null, '', `${location.pathname}${query.size ? `?${query}` : ''}`);
    result.replaceChildren();
    if (a && b && a.id === b.id) result.append(sameRole(a, data));
    else if (a && b) result.append(render(a, b, data, skillsBase));
    else if (a || b) result.append(el('p', 'Choose a second role to compare.'));
  };
  form.addEventListener('change', update);
  form.addEventListener('submit', (event) => event.preventDefault());
  update();
}

if (form && result) void start(form, result);

export {};
