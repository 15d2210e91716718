/**
 * Mints a development token signed with the configured JWT_SECRET:
 *   npm run token -- --role council_admin --council E08000025
 *   npm run token -- --role partnership_admin --partnership demo
 *   npm run token -- --role practitioner --practitioner SW100003 --council E08000025
 * Councils may be given as GSS codes, practitioners as SWE numbers, universities as UKPRNs;
 * "--partnership demo" names the demo partnership. Prints the token on standard output, and on
 * standard error a note for each organisation named that the demo partnership does not hold.
 */
import 'reflect-metadata';
import { signHubToken } from '#hub/shared/auth';
import { loadConfig } from '#hub/shared/config';
import { organisationsOutsideTheDemo, tokenRequest } from './token-claims';

async function main(): Promise<void> {
  const { claims, subject, expires } = tokenRequest(process.argv.slice(2));
  const token = await signHubToken(loadConfig(), subject ?? `dev-${claims.roles.join('+')}`, claims, expires);
  for (const organisation of organisationsOutsideTheDemo(claims)) {
    process.stderr.write(
      `Note: ${organisation} is not in the demo partnership. The token names it, but a hub holds nothing for it until it is recorded there.\n`,
    );
  }
  process.stdout.write(`${token}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exit(1);
});
