import slugify from '@sindresorhus/slugify';

const REPLACEMENTS: [string, string][] = [
  ['C#', ' c-sharp '],
  ['C++', ' cpp '],
  ['.NET', ' dotnet '],
  ['&', ' and '],
];

/** A readable ASCII slug for a title or skill name: "C# & .NET" → "c-sharp-and-dotnet". */
export function toSlug(text: string): string {
  return slugify(text, { customReplacements: REPLACEMENTS, decamelize: false });
}
