/** `npm run docs`: regenerates the frontmatter table in docs/editing.md from the schema. */
import { readFileSync, writeFileSync } from 'node:fs';
import { updateGuide } from './fields.ts';

const file = 'docs/editing.md';
const before = readFileSync(file, 'utf8');
const after = updateGuide(before);
if (after !== before) writeFileSync(file, after);
console.log(after === before ? `${file} is up to date.` : `${file}: the fields table was updated.`);
