// One Chromium for the whole browser suite, with helpers for login and axe-core checks.
import axe from 'axe-core';
import assert from 'node:assert/strict';
import { after } from 'node:test';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { chromiumArgs, findChromium } from '../../scripts/lib/chromium.ts';

export const BASE_URL = process.env.BASE_URL ?? 'http://127.0.0.1:3000';
export const DEMO_PASSWORD = 'samstemt-demo-2024';

let browser: Promise<Browser> | undefined;

function getBrowser(): Promise<Browser> {
	browser ??= chromium.launch({
		executablePath: findChromium(),
		headless: true,
		args: chromiumArgs
	});
	return browser;
}

after(async () => {
	if (browser) await (await browser).close();
});

const withoutJavaScript = new WeakSet<BrowserContext>();
let axeContext: Promise<BrowserContext> | undefined;

export async function newContext(
	options: { javaScriptEnabled?: boolean; mobile?: boolean } = {}
): Promise<BrowserContext> {
	const context = await (
		await getBrowser()
	).newContext({
		baseURL: BASE_URL,
		javaScriptEnabled: options.javaScriptEnabled ?? true,
		viewport: options.mobile ? { width: 375, height: 740 } : { width: 1280, height: 900 },
		locale: 'nb-NO'
	});
	context.setDefaultTimeout(15_000);
	if (options.javaScriptEnabled === false) withoutJavaScript.add(context);
	return context;
}

/**
 * A page without JavaScript cannot run axe itself: its HTML (scripts removed) is served once
 * more at the same address to a page that can, with the same styles.
 */
async function snapshotForAxe(page: Page): Promise<Page> {
	const html = (await page.content()).replace(/<script\b[\s\S]*?<\/script>/gi, '');
	axeContext ??= getBrowser().then((b) =>
		b.newContext({ baseURL: BASE_URL, viewport: page.viewportSize() ?? undefined })
	);
	const copy = await (await axeContext).newPage();
	await copy.route(
		page.url(),
		(route) => route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }),
		{ times: 1 }
	);
	await copy.goto(page.url());
	return copy;
}

/** Runs axe-core (WCAG 2.1 A and AA rules) on the page and fails with the violations found. */
export async function expectAccessible(page: Page): Promise<void> {
	const target = withoutJavaScript.has(page.context()) ? await snapshotForAxe(page) : page;
	const violations = await target.evaluate(async (source) => {
		// Evaluated through the DevTools protocol, so the page's CSP does not block it.
		if (!('axe' in window)) (0, eval)(source);
		const w = window as unknown as { axe: typeof axe };
		const result = await w.axe.run(document, {
			runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }
		});
		return result.violations.map(
			(v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`
		);
	}, axe.source);
	if (target !== page) await target.close();
	assert.deepEqual(violations, [], `axe found violations on ${page.url()}`);
}

export async function logIn(page: Page, email: string): Promise<void> {
	await page.goto('/logg-inn');
	await page.getByLabel('E-postadresse').fill(email);
	await page.getByLabel('Passord').fill(DEMO_PASSWORD);
	await page.getByRole('button', { name: 'Logg inn' }).click();
	await page.waitForURL('**/arbeidsrom').catch(async (err: Error) => {
		const summary = await page
			.getByTestId('error-summary')
			.textContent()
			.catch(() => null);
		throw new Error(`login as ${email} failed: ${summary ?? err.message}`);
	});
}
