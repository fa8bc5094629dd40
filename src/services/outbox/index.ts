/** Delivery core: enqueue with `createOutbox`, send with `createDispatcher` (its client is src/jobs/outbox-api.ts). */
export { createOutbox, OutboxInputError, type Outbox, type OutboxMessageInput } from "./outbox.service.js";
export { createDispatcher } from "./dispatcher.js";
export { DISPATCHER_LOCK, type DispatcherDeps } from "./dispatcher-options.js";
export { createOutboxRenderer } from "./render.js";
