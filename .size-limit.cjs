// Bundle budgets (min + gzip). Each entry is what an app ships when it imports that subpath,
// with xstate and valibot bundled in, as an app's bundler would.
module.exports = [
  {
    name: 'codestate/codes (classify + catalog)',
    path: 'dist/codes.js',
    import: '{ classify }',
    limit: '14 kB',
    gzip: true,
  },
  { name: 'UMD bundle', path: 'dist/codestate.umd.js', limit: '60 kB', gzip: true },
];
