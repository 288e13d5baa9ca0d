// Opens kit grade's report.html in headless Chromium (Debian's, driven by playwright-core) and
// checks what an instructor sees: the page renders without console errors and without a single
// network request, the histogram's bars have the heights of their counts, the task rates match,
// sorting a column reorders the learners, and the filter hides the others.
// Usage: node report-check.js <report.html>   (NODE_PATH must reach playwright-core)
const { chromium } = require('playwright-core');
const path = require('path');

async function main() {
  const file = path.resolve(process.argv[2]);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const problems = [];
  try {
    const page = await browser.newPage();
    page.on('console', (message) => { if (message.type() === 'error') problems.push('console error: ' + message.text()); });
    page.on('pageerror', (error) => problems.push('page error: ' + error.message));
    page.on('request', (request) => { if (!request.url().startsWith('file://')) problems.push('network request: ' + request.url()); });
    await page.goto('file://' + file);

    const bars = await page.$$eval('#histogram g.bar', (groups) => groups.map((g) => ({
      count: Number(g.dataset.count), height: Number(g.querySelector('rect').getAttribute('height')) })));
    if (bars.length !== 10) problems.push('expected 10 histogram bars, found ' + bars.length);
    const highest = Math.max(1, ...bars.map((b) => b.count));
    bars.forEach((bar, i) => {
      const expected = Math.floor(100 * bar.count / highest);
      if (bar.height !== expected) problems.push(`bar ${i}: height ${bar.height}, expected ${expected} for ${bar.count} learner(s)`);
    });
    const totalInBars = bars.reduce((sum, bar) => sum + bar.count, 0);
    const rows = await page.$$eval('#learner-table tbody tr', (trs) => trs.length);
    if (totalInBars !== rows) problems.push(`the histogram counts ${totalInBars} learners, the table lists ${rows}`);

    const rates = await page.$$eval('tr.task', (trs) => trs.map((tr) => ({
      rate: Number(tr.dataset.rate), width: tr.querySelector('.rate').style.width })));
    if (!rates.length) problems.push('no task rates');
    rates.forEach((r) => { if (r.width !== Math.round(r.rate * 100) + '%') problems.push(`rate bar ${r.width} for ${r.rate}`); });

    const totals = () => page.$$eval('#learner-table tbody tr:not([hidden])', (trs) =>
      trs.map((tr) => Number(tr.cells[tr.cells.length - 3].textContent)));
    const header = page.locator('#learner-table thead th').nth(await page.$$eval('#learner-table thead th', (ths) => ths.length - 3));
    await header.click();
    const ascending = await totals();
    if (ascending.join() !== [...ascending].sort((a, b) => a - b).join()) problems.push('sorting ascending failed: ' + ascending);
    await header.click();
    const descending = await totals();
    if (descending.join() !== [...descending].sort((a, b) => b - a).join()) problems.push('sorting descending failed: ' + descending);

    const first = await page.$eval('#learner-table tbody tr td a', (a) => a.textContent);
    await page.fill('#filter', first);
    const visible = await page.$$eval('#learner-table tbody tr:not([hidden])', (trs) => trs.map((tr) => tr.cells[0].textContent));
    if (!visible.length || visible.some((name) => !name.toLowerCase().includes(first.toLowerCase()))) {
      problems.push(`filtering on "${first}" shows ${visible}`);
    }
    await page.screenshot({ path: path.join(path.dirname(file), 'report.png'), fullPage: true });
  } finally {
    await browser.close();
  }
  if (problems.length) {
    console.error('report check failed:\n  ' + problems.join('\n  '));
    process.exit(1);
  }
  console.log('report check: renders with no console error and no network request; bars, rates, sorting and filter work');
}

main().catch((error) => { console.error(error); process.exit(1); });
