import { SUMMARY_MAX } from '../schemas/role.ts';
import { SUMMARY_FRAMING, SUMMARY_GOOD, SUMMARY_STRONG } from './rules.ts';

/** How many of the opening sentences are considered for the summary. */
const CANDIDATES = 6;

function score(sentence: string, title: string, titleWords: string[], position: number): number {
  let points = 0;
  // A sentence with the role as its subject says best what the role is: "A Backend Engineer is …".
  const subject = sentence.toLowerCase().replace(/^(as )?(an? |the )?/, '');
  if (subject.startsWith(title.toLowerCase())) points += 3;
  if (SUMMARY_STRONG.test(sentence)) points += 3;
  if (SUMMARY_GOOD.test(sentence)) points += 1;
  if (SUMMARY_FRAMING.test(sentence)) points -= 4;
  const lower = sentence.toLowerCase();
  points += Math.min(2, titleWords.filter((word) => lower.includes(word)).length);
  return points - position * 0.3;
}

/**
 * The sentence from the opening of the text that best says what the role is: it describes the
 * work rather than frame a listing ("Explore … jobs"), names the role, and fits a role card.
 * Returns the text and whether it had to be shortened.
 */
export function chooseSummary(sentences: string[], title: string): { text: string; shortened: boolean } {
  const titleWords = title
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 2);
  const ranked = sentences
    .slice(0, CANDIDATES)
    .map((sentence, position) => ({ sentence, points: score(sentence, title, titleWords, position) }))
    .filter((c) => c.sentence.length >= 20)
    .sort((a, b) => b.points - a.points);
  const fitting = ranked.find((c) => c.sentence.length <= SUMMARY_MAX);
  if (fitting) return { text: fitting.sentence, shortened: false };
  const first = ranked[0]?.sentence ?? sentences[0] ?? title;
  // Cut at the last clause boundary that fits, so the summary still reads as a sentence.
  const room = first.slice(0, SUMMARY_MAX - 1);
  const cut = Math.max(room.lastIndexOf(', '), room.lastIndexOf('; '), room.lastIndexOf(' — '));
  const head = (cut > SUMMARY_MAX / 2 ? room.slice(0, cut) : room.slice(0, room.lastIndexOf(' '))).trimEnd();
  return { text: `${head}…`, shortened: true };
}
