/**
 * An input a machine cannot start with (a subscription without a channel). xstate reports it as the
 * actor's error: `actor.getSnapshot().status === 'error'` and `.error` is this.
 */
export class MachineInputError extends Error {
  override readonly name = 'MachineInputError';
  /** The input field at fault. */
  readonly field: string;
  /** How to fix it. */
  readonly remediation: string;

  constructor(field: string, message: string, remediation: string) {
    super(message);
    this.field = field;
    this.remediation = remediation;
  }
}
