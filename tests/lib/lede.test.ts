import { describe, expect, it } from 'vitest';
import { withoutLede } from '../../src/lib/lede.ts';

describe('the lede, once', () => {
  const summary = "As a Senior Engineer, you own the product's core services.";

  it('is taken out of the first paragraph where it is a whole sentence, whatever its quotes and spaces', () => {
    expect(
      withoutLede(`Join us. As a Senior Engineer,\nyou own the product’s core services. You mentor.`, summary),
    ).toBe('Join us. You mentor.');
    expect(withoutLede(`${summary} You mentor.`, summary)).toBe('You mentor.');
    expect(withoutLede(`Join us. ${summary}`, summary)).toBe('Join us.');
    expect(withoutLede(summary, summary)).toBe('');
  });

  it('is left where it is only part of a sentence', () => {
    expect(withoutLede(`We say it: ${summary} Then we go.`, summary)).toBeUndefined();
    expect(withoutLede(`Join us. ${summary.replace(/\.$/, '')} and more.`, summary)).toBeUndefined();
  });

  it('is left alone when it does not appear at all', () => {
    expect(withoutLede('Something else entirely.', summary)).toBeUndefined();
  });
});
