# dealwatch: multi-stage image on Node.js 24 LTS (bookworm-slim, version tag pinned to the
# same release .ci/run uses), running as the non-root `node` user.
# It mirrors the README: the build stage runs `npm ci` (which compiles TypeScript through the
# `prepare` script), and the image runs what `npm start` runs: `dealwatch run`.
# Note: no Docker engine exists on the development machines, so this file is not built in CI.

FROM node:24.22.3-bookworm-slim AS build
WORKDIR /app
# better-sqlite3 ships prebuilt binaries; python3, make and g++ are the fallback for a platform
# it has none for (they stay in this stage only).
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY migrations ./migrations
RUN npm ci && npm prune --omit=dev

FROM node:24.22.3-bookworm-slim
# glibc malloc: two arenas, and big buffers (feed bodies, socket slabs) in their own mappings,
# so memory a big poll cycle freed goes back to the system: about 45 MB less at rest after a
# 2,000-feed first poll, at no measured cost in time (BENCHMARKS.md, "Applied since the findings").
ENV NODE_ENV=production \
    MALLOC_ARENA_MAX=2 \
    GLIBC_TUNABLES=glibc.malloc.mmap_threshold=65536 \
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
