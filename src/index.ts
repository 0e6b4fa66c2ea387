/**
 * codestate: server codes in, session states out.
 *
 * The root entry re-exports every layer. Import a subpath (`codestate/codes`, ...) to ship less.
 * @packageDocumentation
 */
export * from './codes/index.ts';
export * from './machines/index.ts';
export * from './protocols/centrifugo/index.ts';
export * from './protocols/nats/index.ts';
