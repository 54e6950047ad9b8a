import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { relative, resolve } from 'node:path';

/**
 * When each file in a folder last changed, from one `git log` over the whole folder (never a
 * process per page). Files git does not know yet get their modification time.
 */
export function lastChanged(dir: string): (file: string) => Date {
  const dates = new Map<string, Date>();
  try {
    const top = execFileSync('git', ['rev-parse', '--show-toplevel'], {
      cwd: dir,
      encoding: 'utf8',
      // Outside a checkout git says so on stderr; file dates are the answer then, not an error.
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    const log = execFileSync(
      'git',
      ['log', '--format=%x00%cI', '--name-only', '--no-renames', '--', relative(top, dir) || '.'],
      {
        cwd: top,
        encoding: 'utf8',
        maxBuffer: 256 * 1024 * 1024,
      },
    );
    for (const commit of log.split('\0').slice(1)) {
      const [date, ...files] = commit.trim().split('\n');
      for (const file of files) {
        const path = resolve(top, file);
        // The log is newest first: the first date seen for a file is its last change.
        if (file && !dates.has(path)) dates.set(path, new Date(date!));
      }
    }
  } catch {
    // Not a git checkout (a downloaded archive, a temporary folder): file dates only.
  }
  return (file: string) => {
    const path = resolve(file);
    const known = dates.get(path);
    if (known) return known;
    try {
      return statSync(path).mtime;
    } catch {
      return new Date(0);
    }
  };
}
