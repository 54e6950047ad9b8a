/** Every kind of page on the fixture site, and what shows it is ready: the pages the browser gates visit. */
export const PAGE_KINDS: [path: string, ready: string][] = [
  ['/', 'h1'],
  ['/roles/', '.card'],
  ['/roles/level/senior/', '.card'],
  ['/roles/senior-backend-engineer/', '#skills'],
  ['/skills/', '.chip'],
  ['/skills/kafka/', '.card'],
  ['/career-path/', '.step'],
  ['/compare/?a=senior-backend-engineer&b=staff-backend-engineer', '#compare-result table'],
  ['/compare/senior-backend-engineer/staff-backend-engineer/', 'table'],
  ['/jobs/', '.job-row'],
  ['/jobs/country/de/', '.job-row'],
  ['/jobs/senior-backend-engineer-berlin/', '.facts'],
  ['/jobs/staff-backend-engineer-denver/', '.closed-note'],
  ['/search/?q=kafka', '.result'],
  ['/search/?q=cobol', '.no-results'],
  ['/no-such-page/', 'h1'],
];
