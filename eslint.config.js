import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

// Intl formatters hold native memory until they are collected: build them once, in $lib/intl.
const intlSelectors = [
	{
		selector: "NewExpression[callee.object.name='Intl']",
		message: 'Use the reused formatters in $lib/intl.'
	},
	{
		selector:
			'CallExpression[callee.property.name=/^(toLocaleString|toLocaleDateString|toLocaleTimeString|localeCompare)$/]',
		message: 'Use the reused formatters in $lib/intl.'
	}
];

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
		// Intl formatters hold native memory until they are collected: build them once, in $lib/intl.
		files: ['src/**/*.ts', 'src/**/*.svelte'],
		ignores: ['src/lib/intl.ts', 'src/lib/paraglide/**'],
		rules: {
			'no-restricted-syntax': ['error', ...intlSelectors]
		}
	},
	{
		// Routes go through the adapters in $lib/server/http to their domain: never to the database,
		// a table definition, the platform, or a context of their own.
		files: ['src/routes/**', 'src/lib/ui/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: [
								'$lib/server/platform/*',
								'$lib/server/platform/**',
								'$lib/server/*/schema',
								'$lib/server/*/schema.ts',
								'$lib/server/*/*-schema',
								'$lib/server/*/*-schema.ts',
								'$lib/server/http/context',
								'$lib/server/core/*',
								'drizzle-orm',
								'drizzle-orm/*'
							],
							message:
								'Routes call the domain through the adapters in $lib/server/http, never the database, tables or platform.'
						}
					]
				}
			],
			'no-restricted-syntax': [
				'error',
				...intlSelectors,
				{
					selector: "CallExpression[callee.name='error'][arguments.0.value=403]",
					message: 'Access is decided in the domain: let it throw, and the adapter answer 403.'
				},
				{
					selector: "MemberExpression[property.name='db']",
					message: 'Routes hold no database handle: hand the context to the domain.'
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
