// json-server 0.17.4 parity: the same requests to json-server and to the apikata mock, both
// serving the same records; their answers must agree. Run by parity.sh (and .ci/run):
//
//   node mock-server/bench/parity.js http://127.0.0.1:18491 http://127.0.0.1:18490
//
// Compared: the status; the JSON body (key order aside) unless only the status is asked for;
// X-Total-Count when json-server sends it; Link and Location with each server's base URL taken
// out. Reads come first, then the writes, in the same order on both, then reads of what the
// writes left. Loopback only.
'use strict';

const [apikata, jsonServer] = process.argv.slice(2);
for (const base of [apikata, jsonServer]) {
  if (!base || !/^http:\/\/(127\.0\.0\.1|localhost):\d+$/.test(base)) {
    console.error('usage: node parity.js http://127.0.0.1:APIKATA_PORT http://127.0.0.1:JSON_SERVER_PORT');
    process.exit(2);
  }
}

const json = (method, path, body) => ({ method, path, body: JSON.stringify(body), type: 'application/json' });
const read = (path) => ({ method: 'GET', path });
const statusOnly = (step) => ({ ...step, statusOnly: true });

const steps = [
  // Records, trailing slashes, ids compared as text.
  read('/posts'), read('/posts/'), read('/posts/1'), read('/posts/1/'), read('/posts/%31'),
  read('/posts/01'), read('/posts/+1'), read('/posts/9999'), read('/users/10'), read('/todos/200'),
  // Filters: any field, nested fields, several values, a field no record has.
  read('/comments?postId=1'), read('/comments?userId=1&id=2'), read('/posts?id=1&id=3&userId=1'),
  read('/users?address.city=Kyoto'), read('/todos?completed=true&userId=1'), read('/posts?userId=3&nothing=1'),
  // Nested routes.
  read('/posts/1/comments'), read('/posts/1/comments/'), read('/users/1/posts'), read('/users/2/todos'),
  read('/users/1/posts?_limit=2&_sort=id&_order=desc'),
  // Slicing in every combination.
  read('/posts?_start=20&_end=25'), read('/posts?_end=3'), read('/posts?_start=5&_limit=2'), read('/posts?_limit=3'),
  read('/posts?_start=2&_end=4&_limit=10'), read('/posts?_start=98&_end=200'), read('/posts?_start=10&_end=5'),
  read('/posts?_end=0'), read('/posts?_limit=0'), read('/posts?_start=-2&_end=100'), read('/posts?_start=95'),
  read('/posts?_page=3&_limit=2'), read('/posts?_page=2&_limit=2&_start=50&_end=60'), read('/posts?_page=0&_limit=2'),
  read('/posts?_page=2'), read('/posts?_limit=10&_page=1'), read('/posts?_limit=10&_page=10'), read('/posts?_page=11&_limit=10'),
  read('/posts?_page=1&_limit=200'), read('/comments?postId=2&_page=1&_limit=2'),
  // Operators.
  read('/posts?id_gte=98'), read('/posts?id_lte=3'), read('/posts?id_gte=4&id_lte=6'), read('/posts?userId=1&id_ne=2&id_ne=3'),
  read('/users?address.city_like=kyo'), read('/users?email_like=%5Es'), read('/posts?nothing_ne=1'), read('/users?name_gte=S'),
  // Sorting.
  read('/posts?_sort=userId,id&_order=desc,asc&_limit=12'), read('/posts?_sort=id&_order=desc&_limit=2'),
  read('/todos?userId=1&_sort=completed,id&_order=desc'), read('/users?_sort=address.city'), read('/comments?_sort=email&_limit=5'),
  read('/users?_sort=name&_order=desc'),
  // Full-text search.
  read('/users?q=kyoto'), read('/posts?q=title'), read('/comments?q=EXAMPLE.TEST&_limit=3'), read('/users?q=sendai&_embed=posts'),
  // Embed and expand.
  read('/posts/1?_embed=comments'), read('/posts/1?_expand=user'), read('/posts/1?_embed=comments&_expand=user'),
  read('/posts?_embed=comments&_limit=2'), read('/comments/6?_expand=post'), read('/users/1/posts?_expand=user&_limit=1'),
  read('/users/3?_embed=posts&_embed=todos'), read('/todos?_expand=user&_limit=3'),
  // Writes, in the same order on both.
  json('POST', '/posts', { title: 'My New Infra Automation', body: 'This is a test post.', userId: 10 }),
  read('/posts/101'),
  statusOnly({ method: 'POST', path: '/posts', body: '{"title":"x"} xyz', type: 'application/json' }),
  // json-server's Location here is BASE/posts//102 (it appends "/102" to the URL as sent): ours has one slash.
  { ...json('POST', '/posts/', { title: 'trailing slash', userId: 1 }), ignoreLocation: true },
  json('PUT', '/posts/1', { title: 'replaced', userId: 1 }),
  json('PATCH', '/posts/2', { title: 'patched' }),
  json('PATCH', '/posts/4/', { title: 'patched with a slash' }),
  json('PUT', '/posts/9999', { title: 'nobody' }),
  { method: 'DELETE', path: '/posts/3' }, { method: 'DELETE', path: '/posts/3' },
  read('/posts/3'), read('/comments?postId=3'), read('/posts/3/comments'),
  { method: 'DELETE', path: '/users/2' },
  read('/posts?userId=2'), read('/todos?userId=2'), read('/comments?postId=11'),
  json('POST', '/todos', { userId: 1, title: 'rotate certificates', completed: false }),
  read('/todos?_sort=id&_order=desc&_limit=2'),
  read('/posts?_page=1&_limit=5'), read('/posts?_sort=title&_limit=5'),
];

const normalise = (value, base) => (value || '').split(base).join('BASE');

async function call(base, step) {
  const response = await fetch(base + step.path, {
    method: step.method,
    headers: step.type ? { 'Content-Type': step.type } : {},
    body: step.body,
    redirect: 'manual',
  });
  const text = await response.text();
  let body;
  try {
    body = text === '' ? undefined : JSON.parse(text);
  } catch (e) {
    body = text;
  }
  return {
    status: response.status,
    body,
    totalCount: response.headers.get('x-total-count'),
    link: normalise(response.headers.get('link'), base),
    location: normalise(response.headers.get('location'), base),
  };
}

function canonical(value) {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.keys(value).sort().map((k) => [k, canonical(value[k])]));
  }
  return value;
}

function differences(step, ours, theirs) {
  const found = [];
  if (ours.status !== theirs.status) found.push(`status ${ours.status}, json-server ${theirs.status}`);
  if (!step.statusOnly && JSON.stringify(canonical(ours.body)) !== JSON.stringify(canonical(theirs.body))) {
    found.push(`body ${JSON.stringify(ours.body).slice(0, 300)}\n      json-server ${JSON.stringify(theirs.body).slice(0, 300)}`);
  }
  if (theirs.totalCount !== null && ours.totalCount !== theirs.totalCount) {
    found.push(`X-Total-Count ${ours.totalCount}, json-server ${theirs.totalCount}`);
  }
  if (ours.link !== theirs.link) found.push(`Link ${ours.link}\n      json-server ${theirs.link}`);
  if (theirs.location && !step.ignoreLocation && ours.location !== theirs.location) found.push(`Location ${ours.location}, json-server ${theirs.location}`);
  return found;
}

(async () => {
  let passed = 0;
  let failed = 0;
  for (const step of steps) {
    const ours = await call(apikata, step);
    const theirs = await call(jsonServer, step);
    const found = differences(step, ours, theirs);
    if (found.length === 0) {
      passed++;
    } else {
      failed++;
      console.log(`DIFFERS  ${step.method} ${step.path}\n    ${found.join('\n    ')}`);
    }
  }
  console.log(`parity: ${passed} passed, ${failed} failed`);
  process.exit(failed === 0 ? 0 : 1);
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
