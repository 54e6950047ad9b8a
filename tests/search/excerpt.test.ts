import { describe, expect, it } from 'vitest';
import { excerptParts } from '../../src/lib/search/excerpt.ts';
import { fromParam, toParam } from '../../src/lib/search/slugs.ts';

const show = (parts: { text: string; mark: boolean }[]) => parts.map((p) => (p.mark ? `[${p.text}]` : p.text)).join('');

describe('search excerpts', () => {
  const content =
    'We run payments. Experience with message brokers (Kafka, RabbitMQ) is highly valued. You mentor others.';

  it('highlight the word found, not the brackets and commas around it', () => {
    expect(show(excerptParts('brokers <mark>(Kafka,</mark> RabbitMQ) is', content))).toBe(
      '…brokers ([Kafka], RabbitMQ) is…',
    );
    expect(show(excerptParts('in <mark>C#,</mark> and <mark>C++.</mark>', 'Code in C#, and C++.'))).toBe(
      '…in [C#], and [C++].',
    );
  });

  it('start without an ellipsis at the start of the text or of a sentence, and end without one at a sentence’s end', () => {
    expect(show(excerptParts('We run <mark>payments.</mark>', content))).toBe('We run [payments].');
    expect(show(excerptParts('Experience with message brokers', content))).toBe('Experience with message brokers…');
    expect(show(excerptParts('You mentor <mark>others.</mark>', content))).toBe('You mentor [others].');
  });

  it('are plain text: what Pagefind escaped is shown as written, never as markup', () => {
    const parts = excerptParts('&lt;script&gt; &amp; <mark>&quot;Kafka&quot;</mark>', '');
    expect(show(parts)).toBe('…<script> & "[Kafka]"…');
  });
});

describe('filter values in search URLs', () => {
  const levels = [
    { value: 'Mid-level', slug: 'mid' },
    { value: 'Staff', slug: 'staff' },
  ];

  it('are written as the site’s slugs', () => {
    expect(toParam('Mid-level', levels)).toBe('mid');
  });

  it('are read from a slug, or from the label older links used, in any letter case', () => {
    expect(fromParam('mid', levels)).toBe('Mid-level');
    expect(fromParam('Mid-level', levels)).toBe('Mid-level');
    expect(fromParam('STAFF', levels)).toBe('Staff');
    expect(fromParam('principal', levels)).toBeUndefined();
  });
});

describe('search history', () => {
  it('gives a burst of typing one entry, and a new one after a pause or a committed search', async () => {
    const { typingHistory } = await import('../../src/scripts/search-history.ts');
    let now = 0;
    const typing = typingHistory(1000, () => now);
    expect(typing.typed()).toBe('push');
    now = 300;
    expect(typing.typed()).toBe('replace');
    now = 2000;
    expect(typing.typed()).toBe('push');
    now = 2100;
    typing.settle();
    expect(typing.typed()).toBe('push');
  });
});
