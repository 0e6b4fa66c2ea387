/**
 * An option the app passed cannot work (e.g. `delta` together with `tagsFilter`, or `delta`
 * without the codec). Thrown at once by the call that got it, before anything is sent.
 */
export class CentrifugoOptionError extends TypeError {
  /** The option at fault. */
  readonly option: string;

  constructor(option: string, message: string) {
    super(message);
    this.name = 'CentrifugoOptionError';
    this.option = option;
  }
}
