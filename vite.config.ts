import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/**
 * Paraglide's generated registry builds a new `Intl` formatter for every plural, number and date
 * in a message. Each one costs CPU and loads ICU data into native memory that is freed only when
 * the collector gets to it (see docs/architecture.md), and a plural in a list's row builds one per
 * row. This serves each locale and options from one formatter, made once.
 */
function reuseIntlFormatters(): Plugin {
	const helper = `
const __formatters = new Map();
function __formatter(Kind, locale, options) {
	const key = Kind.name + ' ' + locale + ' ' + JSON.stringify(options ?? {});
	let made = __formatters.get(key);
	if (!made) __formatters.set(key, (made = new Kind(locale, options)));
	return made;
}
`;
	return {
		name: 'reuse-intl-formatters',
		enforce: 'pre',
		transform(code, id) {
			if (!id.replace(/\\/g, '/').endsWith('/src/lib/paraglide/registry.js')) return;
			const replaced = code.replace(
				/new Intl\.(PluralRules|NumberFormat|DateTimeFormat|RelativeTimeFormat)\((\w+), (\w+)\)/g,
				'__formatter(Intl.$1, $2, $3)'
			);
			if (/new Intl\./.test(replaced) || replaced === code)
				throw new Error(
					'The Paraglide registry has changed: review reuseIntlFormatters in vite.config.ts.'
				);
			return { code: replaced + helper, map: null };
		}
	};
}

export default defineConfig({
	plugins: [
		reuseIntlFormatters(),
		sveltekit(),
		// Under Vitest the messages are compiled beforehand (npm run i18n): the plugin's watcher
		// would keep the test process from exiting.
		!process.env.VITEST &&
			paraglideVitePlugin({
				project: './project.inlang',
				outdir: './src/lib/paraglide',
				strategy: ['cookie', 'baseLocale']
			})
	],
	server: { port: 3000 },
	test: {
		include: ['src/**/*.test.ts'],
		globalSetup: ['src/lib/server/testing/global-setup.ts'],
		// Test files share a worker's loaded modules: each would otherwise import the server anew.
		isolate: false,
		environment: 'node',
		testTimeout: 30_000,
		hookTimeout: 60_000
	}
});
