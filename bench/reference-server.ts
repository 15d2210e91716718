/**
 * The yardstick for the benchmarks: a hand-written server that answers "one page of 100
 * practitioners with their council and team" for the caller's partnership with one SQL statement
 * over `pg` and plain JSON, in the shape the hub answers it. It checks the token as the hub does
 * (HS256, issuer, audience) and nothing else: no GraphQL, no ORM, no federation, no audit, no
 * limits. Run by bench/run.ts as a process of its own: `node dist/bench/reference-server.js`.
 */
import http from 'node:http';
import { jwtVerify } from 'jose';
import { Pool } from 'pg';
import { systemClock } from '#hub/shared/clock';
import { tellLauncherListening } from '#hub/shared/launcher-link';

const PAGE_OF_PRACTITIONERS = `
  WITH visible AS (
    SELECT p.id, p.swe_number, p.family_name, p.council_id, p.team_id
      FROM councils.practitioner p
      JOIN councils.partnership_council pc ON pc.council_id = p.council_id AND pc.partnership_id = ANY($1::uuid[])
     WHERE p.started_on <= $2 AND (p.left_on IS NULL OR p.left_on >= $2)
  )
  SELECT json_build_object('practitioners', json_build_object(
    'totalCount', (SELECT count(*) FROM visible),
    'nodes', coalesce((
      SELECT json_agg(json_build_object('sweNumber', page.swe_number, 'familyName', page.family_name,
                                        'council', json_build_object('name', page.council), 'team', json_build_object('name', page.team))
                      ORDER BY page.family_name, page.id)
        FROM (SELECT v.id, v.swe_number, v.family_name, c.name AS council, t.name AS team
                FROM visible v JOIN councils.council c ON c.id = v.council_id LEFT JOIN councils.team t ON t.id = v.team_id
               ORDER BY v.family_name, v.id LIMIT 100) AS page), '[]'::json))) AS data`;

const clock = systemClock();

async function main(): Promise<void> {
  const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
  const key = new TextEncoder().encode(process.env.JWT_SECRET);
  const server = http.createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      void answer(request.headers.authorization ?? '').then(
        (body) => {
          response.writeHead(200, { 'content-type': 'application/json' });
          response.end(body);
        },
        () => {
          response.writeHead(401, { 'content-type': 'application/json' });
          response.end('{"errors":[{"message":"unauthenticated"}]}');
        },
      );
    });
  });
  const answer = async (authorization: string) => {
    const { payload } = await jwtVerify(authorization.replace(/^Bearer /, ''), key, {
      issuer: process.env.JWT_ISSUER,
      audience: process.env.JWT_AUDIENCE,
    });
    const { rows } = await pool.query<{ data: unknown }>(PAGE_OF_PRACTITIONERS, [payload.partnerships ?? [], clock.today()]);
    return JSON.stringify({ data: rows[0].data });
  };
  server.listen(Number(process.env.PORT), '127.0.0.1', () => tellLauncherListening(Number(process.env.PORT)));
  process.on('SIGTERM', () => server.close(() => void pool.end()));
}

void main();
