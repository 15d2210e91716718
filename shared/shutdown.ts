/**
 * The one owner of SIGTERM and SIGINT in a service process. Apollo Server's own handlers are
 * turned off (`stopOnTerminationSignals: false`): they stop Apollo before the requests in flight
 * have finished and then re-send the signal, which ended the process at once. On a signal, or
 * when the launcher that started this process goes away, `stop` drains and closes the database,
 * and the process exits 0. A second signal, or a stop that hangs well past the grace, exits 1.
 */
import { onLauncherGone } from './launcher-link';
import type { Logger } from './logger';

/** Closing the database pool and Apollo after the drain; only a hang takes longer. */
const AFTER_GRACE_MS = 5_000;

export function stopOnSignals(log: Logger, graceMs: number, stop: () => Promise<void>): void {
  let stopping = false;
  const begin = (reason: string) => {
    stopping = true;
    log.info({ reason, graceMs }, 'stopping: draining requests in flight');
    setTimeout(() => {
      log.error('stop took too long; exiting');
      process.exit(1);
    }, graceMs + AFTER_GRACE_MS).unref();
    stop().then(
      () => {
        log.info('stopped');
        process.exit(0);
      },
      (error: unknown) => {
        log.error({ err: (error as Error).message }, 'error while stopping');
        process.exit(1);
      },
    );
  };
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) {
      log.warn({ signal }, 'second signal while stopping; exiting now');
      process.exit(1);
    }
    begin(signal);
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
  onLauncherGone(() => {
    if (!stopping) begin('launcher gone');
  });
}
