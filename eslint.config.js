import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
	{
		ignores: ['build/', '.svelte-kit/', 'data/', 'drizzle/', 'src/lib/paraglide/', 'node_modules/']
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			'no-undef': 'off',
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_' }
			]
		}
	},
	{
		files: ['**/*.ts', '**/*.svelte', '**/*.svelte.ts'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		},
		rules: {
			'@typescript-eslint/no-floating-promises': [
				'error',
				{
					// node:test registers these; the runner awaits them.
					allowForKnownSafeCalls: [
						{ from: 'package', name: ['describe', 'it', 'test'], package: 'node:test' }
					]
				}
			],
			// The app is served from the root (no paths.base), so plain hrefs are right.
			'svelte/no-navigation-without-resolve': 'off'
		}
	},
	{
		// Routes and components never reach the database directly: they call their domain.
		files: ['src/routes/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: ['$lib/server/db/*', 'drizzle-orm', 'drizzle-orm/*'],
							message: 'Routes call the domain, never the database.'
						}
					]
				}
			]
		}
	},
	{
		// Intl formatters hold native memory until they are collected: build them once, in $lib/intl.
		files: ['src/**/*.ts', 'src/**/*.svelte'],
		ignores: ['src/lib/intl.ts', 'src/lib/paraglide/**'],
		rules: {
			'no-restricted-syntax': [
				'error',
				{
					selector: "NewExpression[callee.object.name='Intl']",
					message: 'Use the reused formatters in $lib/intl.'
				},
				{
					selector:
						'CallExpression[callee.property.name=/^(toLocaleString|toLocaleDateString|toLocaleTimeString|localeCompare)$/]',
					message: 'Use the reused formatters in $lib/intl.'
				}
			]
		}
	},
	{
		// Domain code stays framework-free.
		files: ['src/lib/server/**/*.ts'],
		ignores: ['src/lib/server/http/**', 'src/lib/server/platform/auth.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: ['$app/*', '$env/*', '@sveltejs/kit', '**/routes/**'],
							message: 'Domain code does not import the framework.'
						}
					]
				}
			]
		}
	}
);
