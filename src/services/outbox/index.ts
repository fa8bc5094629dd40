/** Delivery core: enqueue with `createOutbox`, send with `createDispatcher` (its client is src/jobs/outbox-api.ts). */
export { createOutbox, OutboxInputError, type Outbox, type OutboxMessageInput } from "./outbox.service.js";
export { createDispatcher, type Dispatcher } from "./dispatcher.js";
export {
  DISPATCHER_LOCK,
  type DispatcherDeps,
  type DeliveryOutcome,
  type DrainSummary,
  type OutboxApi,
  type RunOnceResult,
} from "./dispatcher-options.js";
export { createOutboxRenderer, type OutboxRender } from "./render.js";
