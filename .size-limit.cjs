// Bundle budgets (min + gzip). Each entry is what an app ships when it imports that subpath,
// with xstate and valibot bundled in, as an app's bundler would. Celeriant is Node-only (raw
// TCP) and has no browser budget. The session core (issue 9) added about 1 kB to each session entry
// (the subscription table 1.1 kB, the session core and driver contract 0.9 kB, less the actor host
// and duplicated wiring it replaced): Centrifugo 32 -> 33 kB, NATS 36 -> 37 kB. Bringing the
// sessions under the official clients' sizes is the wire-size issue's job. The hostile-server fixes
// (issue 11: recovery and server-side subscription events, stopped sessions, object-only frame
// fields, close-reason cutting, paced refreshes, one delay rule, NATS back-pressure, their catalog
// rows) added about 1.4 kB to Centrifugo, 1 kB to NATS and 2 kB to the UMD: 34, 38 and 80 kB.
// Wire-size issue (issue 10): every budget lowered to what the build reaches (+0.1 kB at most),
// after the legacy Centrifugo rows left the session bundles and dist/ moved to chunks (which must
// keep the catalog's documentation and legacy rows in chunks of their own to stay shakable).
// The session goals (centrifuge-js 23.5 kB, 0.6x nats-core) are not met: xstate's interpreter
// alone is 12.7 kB (BENCHMARKS.md, issue 10).
// TLS for NATS (issue 12: STARTTLS after INFO, handshake first, the seven nats.tls.* catalog rows
// with the Node error codes they answer) added about 1.2 kB to the NATS session and its UMD and,
// with the rows' documentation, 1.4 kB to the full UMD: 39, 39 and 82 kB. It cannot shake out of
// a browser bundle because a server may say tls_required without the app asking for TLS.
// The nats.js API of issue 12 (parts 3-4: reconnect buffer, subscription max/timeout/slow and
// for-await, multi-value headers with status line, msg.respond, rtt/stats/reconnect, the option
// mapping, two catalog rows) added 2.1 kB to the NATS session (37.5 -> 39.6 kB) and 2.4 kB to the
// NATS and full UMDs (which also carry requestMany and headers()); requestMany stays out of the
// session entry: 38 -> 40, 38 -> 41, 80 -> 83 kB.
// Centrifugo transports (issue 14) add about 1 kB to the Centrifugo entry, 34 -> 35 kB: the
// transports list with centrifuge-js's fallback, status.transport/transportFallback and the
// driver's emulation hooks (connect in the opening request, session/node). The HTTP-stream and SSE
// transports themselves are not in it (imported objects, tree-shaken): an app that imports them
// pays about 0.9 kB more. The UMD bundles include them (a <script> page cannot import them):
// Centrifugo UMD 35 -> 37 kB, full UMD 80 -> 82 kB.
// centrifuge-js parity (issue 14) added 1.9 kB to Centrifugo (33.8 -> 35.7 kB): ready(timeout) on the
// session and subscriptions, getData/setData/setHeaders, getState with the 112 reload, batching,
// tagsFilter, per-subscription resubscribe delays, the delta chain's hooks, results in centrifuge-js
// shapes, typed option errors and three catalog rows: 34 -> 36 kB (UMD Centrifugo 35 -> 37, UMD 80 -> 82).
// The fossil codec and the debug hooks are entries of their own (budgets below): an app that does
// not import them does not ship them.
// Round 3 merge (issues 10, 12-15 together, 2026-12-06): every budget set to what the merged build
// measures (+0.2 kB). Growth against the issue-10 figures: Centrifugo +2.7 kB (transport list and
// fallback, ready/getData/headers/getState/batching/tags filter, result shapes), NATS +3.1 kB (TLS
// upgrade and its rows, reconnect buffer, max/timeout/iterator, headers type, rtt/stats/reconnect),
// the catalog UMD and full UMD +10.8 / +18 kB (240 JetStream rows' documentation, new rows of every
// branch, both HTTP transports in the UMDs). codestate/jetstream, share and react are new entries.
// classify() speed (issue 10, second pass): the verdict template builds verdicts with a code, and
// state invalidations (Centrifugo 3014), as whole object literals, which took classify from about
// 1.6x to 1.4x a hand-written switch; about 50 B more in every bundle with the catalog: classify
// 16.4 -> 16.5, UMD NATS 42 -> 42.1, full UMD 98.8 -> 98.9, UMD catalog 51.3 -> 51.4 kB (51.29).
module.exports = [
  {
    name: 'codestate/codes { classify }',
    path: 'dist/codes.js',
    import: '{ classify }',
    limit: '16.5 kB',
    gzip: true,
  },
  {
    name: 'codestate/machines { createConnectionMachine }',
    path: 'dist/machines.js',
    import: '{ createConnectionMachine }',
    limit: '15.8 kB',
    gzip: true,
  },
  {
    name: 'codestate/centrifugo { createCentrifugoSession }',
    path: 'dist/centrifugo.js',
    import: '{ createCentrifugoSession }',
    limit: '37.1 kB',
    gzip: true,
  },
  {
    name: 'codestate/centrifugo/fossil { fossilDelta } (fossil-delta bundled)',
    path: 'dist/centrifugo-fossil.js',
    import: '{ fossilDelta }',
    limit: '2 kB',
    gzip: true,
  },
  {
    name: 'codestate/centrifugo/debug { centrifugoDebug }',
    path: 'dist/centrifugo-debug.js',
    import: '{ centrifugoDebug }',
    limit: '1 kB',
    gzip: true,
  },
  {
    name: 'codestate/nats { createNatsSession }',
    path: 'dist/nats.js',
    import: '{ createNatsSession }',
    limit: '41.2 kB',
    gzip: true,
  },
  // nkey, JWT and .creds logins (issue 12): a subpath of its own, with @nats-io/nkeys (Ed25519,
  // tweetnacl) bundled, so sessions with password or token logins do not ship it.
  {
    name: 'codestate/nats/auth { credsAuthenticator }',
    path: 'dist/nats-auth.js',
    import: '{ credsAuthenticator }',
    limit: '17.5 kB',
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
    limit: '43.7 kB',
    gzip: true,
  },
  {
    name: 'codestate/react { useSessionStatus, useSubscription, useConnectionBanner }',
    path: 'dist/react.js',
    import: '{ useSessionStatus, useSubscription, useConnectionBanner }',
    ignore: ['react'],
    limit: '1.2 kB',
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
    limit: '39.4 kB',
    gzip: true,
  },
  {
    name: 'UMD NATS only (global CodestateNats)',
    path: 'dist/codestate-nats.umd.js',
    limit: '42.1 kB',
    gzip: true,
  },
  // The catalog alone from a <script> tag (classify, explain, lookup, catalog: documentation
  // included; no session, xstate or valibot). 51.2 -> 51.3 kB: the Celeriant no-message path and
  // the -ERR search's early stop (classify 1.73x -> 1.49x and 141 -> 137 ns) are 10 B over.
  {
    name: 'UMD catalog only (global CodestateCodes)',
    path: 'dist/codestate-codes.umd.js',
    limit: '51.4 kB',
    gzip: true,
  },
  // JetStream (issue 13): `codestate/jetstream` on a NATS session, with its share of the catalog
  // (201 err_code rows of nats-server 2.9-2.12 and the pull statuses); the NATS session entries
  // above do not grow.
  {
    name: 'codestate/jetstream { jetstream }',
    path: 'dist/jetstream.js',
    import: '{ jetstream }',
    limit: '41 kB',
    gzip: true,
  },
  // 80 -> 89 kB with the JetStream catalog rows (issue 13): the full UMD ships every row's
  // documentation, and 240 JetStream rows (every err_code of nats-server 2.9-2.12, the pull
  // statuses) are +8.3 kB of it. No session bundle grows.
  { name: 'UMD bundle (global Codestate)', path: 'dist/codestate.umd.js', limit: '98.9 kB', gzip: true },
];
