import type { Connection } from "mongoose";
import { createConversationStateModel } from "./models/conversation-state.model.js";
import { createDepartmentModel } from "./models/department.model.js";
import { createInvitationModel } from "./models/invitation.model.js";
import { createLeaseModel } from "./models/lease.model.js";
import { createOutboxMessageModel } from "./models/outbox-message.model.js";
import { createStudentModel } from "./models/student.model.js";
import { createUserModel } from "./models/user.model.js";
import { createConversationStateRepository } from "./repositories/conversation-state.repository.js";
import { createDepartmentRepository } from "./repositories/department.repository.js";
import { createInvitationRepository } from "./repositories/invitation.repository.js";
import { createLeaseRepository } from "./repositories/lease.repository.js";
import { createOutboxRepository } from "./repositories/outbox.repository.js";
import { createStudentRepository } from "./repositories/student.repository.js";
import { createUserRepository } from "./repositories/user.repository.js";

/** Registers the models on `connection` and returns the repositories. */
export function createPersistence(connection: Connection) {
  const models = {
    User: createUserModel(connection),
    Department: createDepartmentModel(connection),
    Student: createStudentModel(connection),
    Invitation: createInvitationModel(connection),
    ConversationState: createConversationStateModel(connection),
    OutboxMessage: createOutboxMessageModel(connection),
    Lease: createLeaseModel(connection),
  };
  return {
    connection,
    models,
    users: createUserRepository(models.User),
    departments: createDepartmentRepository(models.Department),
    students: createStudentRepository(models.Student),
    invitations: createInvitationRepository(models.Invitation),
    conversationStates: createConversationStateRepository(models.ConversationState),
    outbox: createOutboxRepository(models.OutboxMessage),
    leases: createLeaseRepository(models.Lease),
    /** Builds every declared index (unique ones are idempotency keys); call once at start-up. */
    async syncIndexes(): Promise<void> {
      for (const model of Object.values(models)) await model.createIndexes();
    },
    /** Round-trip to the server; used by the health check. */
    async ping(): Promise<boolean> {
      try {
        await connection.db?.admin().command({ ping: 1 });
        return connection.readyState === 1;
      } catch {
        return false;
      }
    },
  };
}
export type Persistence = ReturnType<typeof createPersistence>;
