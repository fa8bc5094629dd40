import mongoose, { type Connection } from "mongoose";
import { createConversationStateModel } from "./models/conversation-state.model.js";
import { createDepartmentModel } from "./models/department.model.js";
import { createInvitationModel } from "./models/invitation.model.js";
import { createOrganisationModel } from "./models/organisation.model.js";
import { createPlacementModel } from "./models/placement.model.js";
import { createStudentModel } from "./models/student.model.js";
import { createUserModel } from "./models/user.model.js";
import { createConversationStateRepository } from "./repositories/conversation-state.repository.js";
import { createDepartmentRepository } from "./repositories/department.repository.js";
import { createInvitationRepository } from "./repositories/invitation.repository.js";
import { createOrganisationRepository } from "./repositories/organisation.repository.js";
import { createPlacementRepository } from "./repositories/placement.repository.js";
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
    Organisation: createOrganisationModel(connection),
    Placement: createPlacementModel(connection),
  };
  return {
    connection,
    models,
    users: createUserRepository(models.User),
    departments: createDepartmentRepository(models.Department),
    students: createStudentRepository(models.Student),
    invitations: createInvitationRepository(models.Invitation),
    conversationStates: createConversationStateRepository(models.ConversationState),
    organisations: createOrganisationRepository(models.Organisation),
    placements: createPlacementRepository(models.Placement),
    /** Builds every declared index (unique ones are idempotency keys); call once at start-up. */
    async syncIndexes(): Promise<void> {
      for (const model of Object.values(models)) await model.createIndexes();
    },
    /** Round-trip to the server; used by the health check. */
    async ping(): Promise<boolean> {
      try {
        await connection.db?.admin().command({ ping: 1 });
        return connection.readyState === mongoose.ConnectionStates.connected;
      } catch {
        return false;
      }
    },
  };
}
export type Persistence = ReturnType<typeof createPersistence>;
