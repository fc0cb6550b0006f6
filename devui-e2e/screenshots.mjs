// Opens the extensions page (the Retort card and its live labels) and each page of Retort's Dev UI
// card in headless Chromium, clicks "Upgrade to head" on the Pending page (accepting its
// confirmation), checks the card again, and saves a screenshot of every view.
// Usage: node screenshots.mjs <base url> <output directory>
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';

const [base, out] = process.argv.slice(2);
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
        '--disable-sync', '--no-first-run'],
});
try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    page.on('dialog', dialog => dialog.accept());

    async function show(name, text) {
        await page.goto(`${base}/q/dev-ui/quarkus-retort/${name}`, { waitUntil: 'networkidle' });
        await page.getByText(text, { exact: false }).first().waitFor({ timeout: 30000 });
        await page.screenshot({ path: `${out}/${name}.png` });
    }

    // The card on the extensions page, its live labels before anything is applied.
    await page.goto(`${base}/q/dev-ui/extensions`, { waitUntil: 'networkidle' });
    await page.getByText('2 pending', { exact: false }).first().waitFor({ timeout: 30000 });
    await page.getByText('at base', { exact: false }).first().waitFor({ timeout: 30000 });
    await page.screenshot({ path: `${out}/card.png` });

    await show('pending', 'Upgrade to head');
    await page.getByText('Upgrade to head').first().click();
    await page.getByText('now at 9ad9e7000002', { exact: false }).first().waitFor({ timeout: 30000 });
    await page.screenshot({ path: `${out}/pending-after-upgrade.png` });

    await show('history', '9ad9e7000002');
    await show('graph', '9ad9e7000002');
    // Drawn in lanes: one dot per revision; a click shows the SQL the revision's upgrade runs.
    const dots = await page.locator('svg.lanes circle').count();
    if (dots !== 2) {
        throw new Error(`the graph draws one dot per revision, found ${dots}`);
    }
    await page.getByText('create gadgets', { exact: false }).first().click();
    await page.getByText('CREATE TABLE', { exact: false }).first().waitFor({ timeout: 30000 });
    await page.screenshot({ path: `${out}/graph-sql.png` });
    await show('drift', 'match');

    // Back on the card: the labels follow the upgrade.
    await page.goto(`${base}/q/dev-ui/extensions`, { waitUntil: 'networkidle' });
    await page.getByText('up to date', { exact: false }).first().waitFor({ timeout: 30000 });
    await page.getByText('at 9ad9e7000002', { exact: false }).first().waitFor({ timeout: 30000 });
    await page.getByText('in sync', { exact: false }).first().waitFor({ timeout: 30000 });
    await page.screenshot({ path: `${out}/card-after-upgrade.png` });
    console.log('screenshots written to ' + out);
} finally {
    await browser.close();
}
