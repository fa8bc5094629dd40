# syntax=docker/dockerfile:1
# Praktika bot image: compiled with tsc, the board's Mini App built by Vite (dist/board), production dependencies
# only, non-root.
# It runs exactly what `npm start` runs after its build step: `node dist/src/main.js`.
# Node.js 24 (the current LTS line), pinned to its major for reproducible builds.
ARG NODE_IMAGE=24-slim

FROM node:${NODE_IMAGE} AS build
WORKDIR /app
# The embedded-MongoDB dev dependency must not download mongod during the image build.
ENV MONGOMS_DISABLE_POSTINSTALL=1
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json vite.board.config.ts ./
COPY src ./src
COPY scenes ./scenes
# The board bundles its Fluent messages (locales/*/board-ui.ftl) at build time.
COPY locales ./locales
RUN npm run build

FROM node:${NODE_IMAGE} AS production-deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force

FROM node:${NODE_IMAGE}
ENV NODE_ENV=production \
    TZ=Asia/Almaty \
    DATA_DIR=/app/data
WORKDIR /app
COPY --from=production-deps /app/node_modules ./node_modules
# dist/src (the server) and dist/board (the Mini App it serves at /app/).
COPY --from=build /app/dist ./dist
COPY package.json ./
COPY locales ./locales
RUN mkdir -p /app/data && chown node:node /app/data
USER node
EXPOSE 8080
CMD ["node", "dist/src/main.js"]
