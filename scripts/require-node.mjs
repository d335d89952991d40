// Plain JavaScript, so that an older Node.js can run it and say in one line what to do.
const major = Number(process.versions.node.split('.')[0]);
if (major < 24) {
	console.error(
		`Samstemt trenger Node.js 24 eller nyere (denne maskinen har ${process.versions.node}). ` +
			'Installer med: npm install -g --prefix /usr/local node@24 && hash -r'
	);
	process.exit(1);
}
