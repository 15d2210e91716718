/**
 * The IPC channel between `npm start` (scripts/start.ts) and each process it starts. A child
 * says on it which port it is listening on, so the launcher counts only its own children as
 * ready; the channel closes when the launcher goes, even on kill -9, so the child stops too.
 * A process started any other way has no channel, and both calls do nothing.
 */

export interface ListeningMessage {
  readonly listening: number;
}

export function isListeningMessage(message: unknown): message is ListeningMessage {
  return typeof (message as ListeningMessage | null)?.listening === 'number';
}

export function tellLauncherListening(port: number): void {
  const message: ListeningMessage = { listening: port };
  process.send?.(message);
}

export function onLauncherGone(handler: () => void): void {
  if (process.channel) process.once('disconnect', handler);
}
