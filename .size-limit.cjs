// Bundle budgets (min + gzip). Each entry is what an app ships when it imports that subpath,
// with xstate and valibot bundled in, as an app's bundler would. Celeriant is Node-only (raw
// TCP) and has no browser budget. The session core (issue 9) added about 1 kB to each session entry
// (the subscription table 1.1 kB, the session core and driver contract 0.9 kB, less the actor host
// and duplicated wiring it replaced): Centrifugo 32 -> 33 kB, NATS 36 -> 37 kB. Bringing the
// sessions under the official clients' sizes is the wire-size issue's job. The hostile-server fixes
// (issue 11: recovery and server-side subscription events, stopped sessions, object-only frame
// fields, close-reason cutting, paced refreshes, one delay rule, NATS back-pressure, their catalog
// rows) added about 1.4 kB to Centrifugo, 1 kB to NATS and 2 kB to the UMD: 34, 38 and 80 kB.
module.exports = [
  {
    name: 'codestate/codes { classify }',
    path: 'dist/codes.js',
    import: '{ classify }',
    limit: '16 kB',
    gzip: true,
  },
  {
    name: 'codestate/machines { createConnectionMachine }',
    path: 'dist/machines.js',
    import: '{ createConnectionMachine }',
    limit: '17 kB',
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
    limit: '38 kB',
    gzip: true,
  },
  // Opt-in subpaths (issue 15): an app that does not import them pays nothing for them. Sharing
  // carries a whole Centrifugo session (it makes one in the leading tab) plus the election, the
  // validated tab protocol, the followers' presence locks and the follower side (40.1 kB measured).
  // The React hooks exclude react itself.
  {
    name: 'codestate/share { createSharedCentrifugoSession }',
    path: 'dist/share.js',
    import: '{ createSharedCentrifugoSession }',
    limit: '41 kB',
    gzip: true,
  },
  {
    name: 'codestate/react { useSessionStatus, useSubscription, useConnectionBanner }',
    path: 'dist/react.js',
    import: '{ useSessionStatus, useSubscription, useConnectionBanner }',
    ignore: ['react'],
    limit: '2 kB',
    gzip: true,
  },
  // Everything browser-safe in one <script>, the catalog's documentation included; an app built
  // with a bundler ships only what it imports (the entries above). 76 -> 78 kB with the session
  // core (issue 9): the documentation rows of the client-side rules (+2.1 kB, so `explain()`
  // covers every rule a machine records) and the subscription table (+1.1 kB). One UMD per
  // protocol is the wire-size issue's job.
  // One protocol from a <script> tag (global CodestateCentrifugo / CodestateNats): the session, the
  // banner helper and the selectors, no catalog documentation. centrifuge-js's own UMD
  // (dist/centrifuge.js) is 23.1 kB: the wire-size issue's goal.
  {
    name: 'UMD Centrifugo only (global CodestateCentrifugo)',
    path: 'dist/codestate-centrifugo.umd.js',
    limit: '35 kB',
    gzip: true,
  },
  {
    name: 'UMD NATS only (global CodestateNats)',
    path: 'dist/codestate-nats.umd.js',
    limit: '38 kB',
    gzip: true,
  },
  { name: 'UMD bundle (global Codestate)', path: 'dist/codestate.umd.js', limit: '80 kB', gzip: true },
];
