// Opens each page of Retort's Dev UI card in headless Chromium, clicks "Upgrade to head" on the
// Pending page (accepting its confirmation), and saves a screenshot of every page.
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

    await show('pending', 'Upgrade to head');
    await page.getByText('Upgrade to head').first().click();
    await page.getByText('now at 9ad9e7000002', { exact: false }).first().waitFor({ timeout: 30000 });
    await page.screenshot({ path: `${out}/pending-after-upgrade.png` });

    await show('history', '9ad9e7000002');
    await show('graph', '9ad9e7000002');
    await show('drift', 'match');
    console.log('screenshots written to ' + out);
} finally {
    await browser.close();
}
