# One image for every service of the hub. The default command runs the gateway; run a subgraph
# with `node dist/subgraphs/main.js <name>`, e.g. `node dist/subgraphs/main.js councils`.
# docker-compose.yml shows both, with PostgreSQL beside them.

FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json ./
COPY shared ./shared
COPY subgraphs ./subgraphs
COPY gateway ./gateway
COPY scripts ./scripts
COPY test ./test
# The web pages the gateway serves (the dashboard and GraphiQL), bundled into dist/web by the build.
COPY dashboard ./dashboard
# Compile, drop the compiled tests, then keep only the runtime dependencies.
RUN npm run build \
  && rm -rf dist/test \
  && find dist -name '*.test.js' -delete -o -name '*.test.js.map' -delete -o -name '*.test.d.ts' -delete \
  && npm prune --omit=dev --no-audit --no-fund

FROM node:20-bookworm-slim
WORKDIR /app
# Listen on every interface of the container; the port mapping decides what is reachable.
ENV HOST=0.0.0.0
COPY --from=build /app/package.json ./package.json
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
# The gateway serves this committed file; it reads it from /app, next to dist/.
COPY supergraph.graphql ./supergraph.graphql
# Only used when no DATABASE_URL is given and the embedded PostgreSQL server runs in the container.
RUN mkdir -p /app/data && chown node:node /app/data
USER node
EXPOSE 4000 4001
CMD ["node", "dist/gateway/src/main.js"]
