import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { expect, it } from 'vitest';
import { fieldsTable, updateGuide } from '../../src/docs/fields.ts';
import { roleSchema } from '../../src/schemas/role.ts';
import { openingSchema } from '../../src/schemas/opening.ts';

it("the editors' guide lists the schema's fields as they are now (run npm run docs after changing the schema)", () => {
  const guide = readFileSync('docs/editing.md', 'utf8');
  expect(updateGuide(guide)).toBe(guide);
});

it.each([
  ['role page', roleSchema],
  ['opening', openingSchema],
] as const)('every example in the fields table of a %s is valid for its field', (_, schema) => {
  const rows = fieldsTable(schema).split('\n').slice(2);
  expect(rows).toHaveLength(Object.keys(schema.shape).length);
  for (const line of rows) {
    const example = /`([^`]+)` \|$/.exec(line)![1]!;
    const data = parse(example) as Record<string, unknown>;
    const [name] = Object.keys(data);
    const field = (schema.shape as Record<string, { safeParse(v: unknown): { success: boolean } }>)[name!]!;
    expect(field.safeParse(data[name!]).success, example).toBe(true);
  }
});
