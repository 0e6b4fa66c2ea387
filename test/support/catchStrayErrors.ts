/** Errors that escaped to the process while a scenario ran. */
export interface StrayErrors {
  readonly errors: unknown[];
  /** Stops listening; call in `finally`. */
  release(): void;
}

/**
 * Collects uncaught exceptions and unhandled rejections until `release()`: a throw from a socket
 * callback or timer of the session never reaches the test's own `await`, only the process.
 */
export function catchStrayErrors(): StrayErrors {
  const errors: unknown[] = [];
  const onError = (error: unknown) => errors.push(error);
  process.on('uncaughtException', onError);
  process.on('unhandledRejection', onError);
  return {
    errors,
    release() {
      process.off('uncaughtException', onError);
      process.off('unhandledRejection', onError);
    },
  };
}
