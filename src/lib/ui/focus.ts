/**
 * An attachment for what a form post answered (an error summary, a message): when it appears
 * after an enhanced post it takes focus and scrolls into view, as `autofocus` does on a page the
 * server rendered.
 */
export function takeFocus(node: HTMLElement) {
	requestAnimationFrame(() => {
		if (!node.isConnected) return;
		node.focus({ preventScroll: true });
		node.scrollIntoView({ block: 'center' });
	});
}
