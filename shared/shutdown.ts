/**
 * Graceful shutdown on SIGTERM and SIGINT: stop taking requests, finish those in flight, close
 * the database, then exit. A second signal, or a stop that hangs, exits at once.
 */
import type { Logger } from './logger';

const FORCE_EXIT_AFTER_MS = 10_000;

export function stopOnSignals(log: Logger, stop: () => Promise<void>): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) process.exit(1);
    stopping = true;
    log.info({ signal }, 'stopping');
    setTimeout(() => {
      log.error('stop took too long; exiting');
      process.exit(1);
    }, FORCE_EXIT_AFTER_MS).unref();
    stop().then(
      () => process.exit(0),
      (error: unknown) => {
        log.error({ err: (error as Error).message }, 'error while stopping');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}
