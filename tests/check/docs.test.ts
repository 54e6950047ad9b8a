import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { expect, it } from 'vitest';
import { fieldsTable, updateGuide } from '../../src/docs/fields.ts';
import { roleSchema } from '../../src/schemas/role.ts';

it("the editors' guide lists the schema's fields as they are now (run npm run docs after changing the schema)", () => {
  const guide = readFileSync('docs/editing.md', 'utf8');
  expect(updateGuide(guide)).toBe(guide);
});

it('every example in the fields table is valid for its field', () => {
  for (const line of fieldsTable().split('\n').slice(2)) {
    const example = /`([^`]+)` \|$/.exec(line)![1]!;
    const data = parse(example) as Record<string, unknown>;
    const [name] = Object.keys(data);
    const field = roleSchema.shape[name as keyof typeof roleSchema.shape];
    expect(field.safeParse(data[name!]).success, example).toBe(true);
  }
});
