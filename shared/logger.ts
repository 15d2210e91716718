/**
 * Structured logging with pino. Loggers never receive tokens or personal data: the redact list
 * is a second line of defence for headers that might slip into a log object.
 */
import pino, { type Logger } from 'pino';

export type { Logger };

export function createLogger(service: string, level: string): Logger {
  return pino({
    name: service,
    level,
    base: { service },
    redact: {
      paths: ['authorization', 'headers.authorization', 'req.headers.authorization', '*.token'],
      censor: '[redacted]',
    },
  });
}
