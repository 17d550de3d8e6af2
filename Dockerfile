# dealwatch: multi-stage image on Node 20 (bookworm-slim), running as the non-root `node` user.
# It mirrors the README: the build stage runs `npm ci` (which compiles TypeScript through the
# `prepare` script), and the image runs what `npm start` runs: `dealwatch run`.
# Note: no Docker engine exists on the development machines, so this file is not built in CI.

FROM node:20-bookworm-slim AS build
WORKDIR /app
# better-sqlite3 12 compiles from source: it needs python3, make and g++ here only.
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY migrations ./migrations
RUN npm ci && npm prune --omit=dev

FROM node:20-bookworm-slim
ENV NODE_ENV=production \
    DATABASE_URL=sqlite:/data/dealwatch.db \
    DEALWATCH_CONFIG=/app/config/dealwatch.yaml \
    PORT=3000
WORKDIR /app
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
COPY config ./config
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
ENTRYPOINT ["node", "dist/src/cli/main.js"]
CMD ["run"]
