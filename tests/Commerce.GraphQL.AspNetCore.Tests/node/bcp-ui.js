// Loads Banana Cake Pop from our GraphQL path in headless Chromium, types a query into its editor, runs it
// through the UI and prints JSON: the requests that left our origin (there must be none that succeeded) and the
// text of the response pane. Saves a screenshot to argv[3].
const { chromium } = require('playwright-core');

(async () => {
  const [url, screenshot] = process.argv.slice(2);
  const origin = new URL(url).origin;
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const foreign = [];
    page.on('requestfinished', (r) => { if (!r.url().startsWith(origin) && !r.url().startsWith('data:')) foreign.push(r.url()); });

    await page.goto(url, { waitUntil: 'networkidle' });
    await page.getByRole('button', { name: 'Create Document' }).click();
    await page.getByText('Schema available').waitFor({ timeout: 120000 });

    const request = page.locator('.monaco-editor').first();
    await request.click();
    // insertText bypasses the editor's bracket auto-closing, so the document is exactly this text.
    await page.keyboard.insertText('query FromTheIde { hello(name: "Banana") add(a: 20, b: 22) }');
    // The operation builder lists the operation once the IDE has parsed the new text: only then is Run wired to it.
    await page.getByText('FromTheIde', { exact: false }).first().waitFor({ timeout: 120000 });

    // On a busy machine the first click can land before Run is bound to the new operation: click again then.
    const result = page.getByText('Hello, Banana');
    for (let attempt = 1; ; attempt++) {
      await page.getByRole('button', { name: /Run Operation/ }).click();
      try {
        await result.waitFor({ timeout: 20000 });
        break;
      } catch (e) {
        if (attempt === 4) {
          await page.screenshot({ path: screenshot });
          throw e;
        }
      }
    }
    // The editor holding the result is the response pane.
    // Monaco renders spaces as no-break spaces.
    const text = (await page.locator('.monaco-editor', { has: result }).innerText()).replace(/\u00a0/g, ' ');
    await page.screenshot({ path: screenshot });
    process.stdout.write(JSON.stringify({ foreign, response: text }));
  } finally {
    await browser.close();
  }
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
