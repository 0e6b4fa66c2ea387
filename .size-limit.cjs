// Bundle budgets (min + gzip). Each entry is what an app ships when it imports that subpath,
// with xstate and valibot bundled in, as an app's bundler would. Celeriant is Node-only (raw
// TCP) and has no browser budget.
module.exports = [
  {
    name: 'codestate/codes { classify }',
    path: 'dist/codes.js',
    import: '{ classify }',
    limit: '20 kB',
    gzip: true,
  },
  {
    name: 'codestate/machines { createConnectionMachine }',
    path: 'dist/machines.js',
    import: '{ createConnectionMachine }',
    limit: '18 kB',
    gzip: true,
  },
  {
    name: 'codestate/centrifugo { createCentrifugoSession }',
    path: 'dist/centrifugo.js',
    import: '{ createCentrifugoSession }',
    limit: '34 kB',
    gzip: true,
  },
  {
    name: 'codestate/nats { createNatsSession }',
    path: 'dist/nats.js',
    import: '{ createNatsSession }',
    limit: '42 kB',
    gzip: true,
  },
  { name: 'UMD bundle (global Codestate)', path: 'dist/codestate.umd.js', limit: '45 kB', gzip: true },
];
