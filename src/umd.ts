/**
 * The UMD bundle's entry (global `Codestate`): everything that runs in a browser.
 * Node-only pieces (TCP transports, the CLI) stay out.
 */
export * from './index.ts';
