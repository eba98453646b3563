// The "Roofline Notes" output channel, and the one place errors are caught and logged:
// every command handler, event listener and background task runs through Log.guard / Log.run.
import * as vscode from 'vscode';

export class Log implements vscode.Disposable {
  readonly channel: vscode.LogOutputChannel;

  constructor() {
    this.channel = vscode.window.createOutputChannel('Roofline Notes', { log: true });
  }

  info(message: string): void {
    this.channel.info(message);
  }

  warn(message: string): void {
    this.channel.warn(message);
  }

  error(what: string, error: unknown): void {
    const detail = error instanceof Error ? (error.stack ?? `${error.name}: ${error.message}`) : String(error);
    this.channel.error(`${what}: ${detail}`);
  }

  /** Wraps a listener or command: synchronous throws and rejected promises are logged, never surfaced as unhandled. */
  guard<A extends unknown[], R>(what: string, fn: (...args: A) => R): (...args: A) => R | undefined {
    return (...args: A): R | undefined => {
      try {
        const result = fn(...args);
        if (result instanceof Promise) {
          return result.catch((error: unknown) => {
            this.error(what, error);
            return undefined;
          }) as R;
        }
        return result;
      } catch (error) {
        this.error(what, error);
        return undefined;
      }
    };
  }

  /** Starts a background task; failures are logged. */
  run(what: string, task: () => Promise<unknown>): void {
    void task().catch((error: unknown) => this.error(what, error));
  }

  dispose(): void {
    this.channel.dispose();
  }
}
