/**
 * When a change to the search gets a history entry of its own, so that Back returns to the
 * search before: a burst of typing is one entry (each keystroke replaces it), and the first
 * keystroke after a pause of `pause` ms, after Enter, or after Back starts the next one.
 */
export function typingHistory(pause = 1000, now = () => performance.now()) {
  let last = -Infinity;
  return {
    /** The visitor typed: a new entry, or the current one updated? */
    typed(): 'push' | 'replace' {
      const at = now();
      const fresh = at - last > pause;
      last = at;
      return fresh ? 'push' : 'replace';
    },
    /** The search was committed (Enter, a filter) or restored (Back): the next keystroke is a new search. */
    settle() {
      last = -Infinity;
    },
  };
}
