import { describe, expect, it } from 'vitest';
import { m } from '$lib/paraglide/messages';
import { formatDate, t } from './i18n.ts';

// Guards against the offline compile that reports success but emits no messages.
describe('messages', () => {
	it('renders known messages in bokmål and English', () => {
		expect(m.nav_programme({}, { locale: 'nb' })).toBe('Handlingsprogram');
		expect(m.nav_programme({}, { locale: 'en' })).toBe('Action programme');
		expect(m.programme_count({ count: 3 }, { locale: 'nb' })).toBe('3 handlingspunkter');
	});
	it('translates keys that come from data, and leaves unknown keys visible', () => {
		expect(t('status_delayed')).toBe('Forsinket');
		expect(t('no_such_key')).toBe('no_such_key');
	});
	it('formats dates in Norwegian', () => {
		expect(formatDate('2023-12-08')).toBe('8. desember 2023');
		expect(formatDate(null)).toBe('–');
	});
});
