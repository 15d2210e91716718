/**
 * A TypeORM logger that counts SQL statements, per request (through the request scope) and in
 * total. The per-request figure goes into the request log line; the total lets tests prove that
 * statement counts do not grow with result size. It never prints SQL or parameters, which may
 * hold personal data.
 */
import type { Logger as TypeOrmLogger } from 'typeorm';
import type { Logger } from './logger';
import { currentRequestScope } from './request-context';

export class StatementCounter implements TypeOrmLogger {
  total = 0;

  constructor(private readonly logger: Logger) {}

  logQuery(): void {
    this.total += 1;
    const scope = currentRequestScope();
    if (scope) scope.sqlStatements += 1;
  }

  logQueryError(error: string | Error): void {
    const message = error instanceof Error ? error.message : error;
    this.logger.warn({ err: message }, 'SQL statement failed');
  }

  logQuerySlow(time: number): void {
    this.logger.warn({ durationMs: time }, 'slow SQL statement');
  }

  logSchemaBuild(): void {}

  logMigration(message: string): void {
    this.logger.info({ migration: message }, 'migration');
  }

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') this.logger.warn({ detail: String(message) }, 'database warning');
  }
}
