/** Delivery core (issue 10): enqueue with `createOutbox`, send with `createDispatcher`. */
export { createOutbox, OutboxInputError, type Outbox, type OutboxMessageInput } from "./outbox.service.js";
export {
  createDispatcher,
  createOutboxApi,
  DISPATCHER_LOCK,
  type Dispatcher,
  type DispatcherDeps,
  type DeliveryOutcome,
  type DrainSummary,
  type OutboxApi,
  type RunOnceResult,
} from "./dispatcher.js";
export { createOutboxRenderer, type OutboxRender } from "./render.js";
