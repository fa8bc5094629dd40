import type { Connection, Types } from "mongoose";
import { toAccessPrincipal, type AccessPrincipal } from "../../src/domain/access/roles.js";
import { createPersistence } from "../../src/persistence/create-persistence.js";
import type { StoredRole } from "../../src/persistence/models/user.model.js";
import { getReferenceData } from "../../src/reference-data/load.js";
import { createInvitationService } from "../../src/services/invitation.service.js";
import { createOutbox } from "../../src/services/outbox/index.js";
import { createOrganisationService } from "../../src/services/organisation.service.js";
import { createPlacementService } from "../../src/services/placement.service.js";
import { createRosterService } from "../../src/services/roster/roster.service.js";

export const ADMIN_ID = 900001;
export const reference = await getReferenceData();

/** The services of issue 8 over a real database, with a clock the test moves. */
export async function createPracticeWorld(connection: Connection, clock: { now: Date }) {
  const db = createPersistence(connection);
  await db.syncIndexes();
  const now = (): Date => clock.now;
  const invitations = createInvitationService({ db, now });
  const deps = { db, now, reference };
  const world = {
    db,
    invitations,
    placements: createPlacementService({ ...deps, invitations, outbox: createOutbox({ db, now }) }),
    organisations: createOrganisationService(deps),
    roster: createRosterService({ ...deps, invitations }),
    /** The principal of a Telegram user as stored now (roles re-read every call). */
    async principal(telegramId: number): Promise<AccessPrincipal> {
      const user = await db.users.findByTelegramId(telegramId);
      return toAccessPrincipal(user ?? { telegramId, roles: [] }, [ADMIN_ID]);
    },
    async person(telegramId: number, firstName: string, grants: { role: StoredRole; departmentId?: Types.ObjectId }[] = []): Promise<void> {
      await db.users.touch({ id: telegramId, first_name: firstName }, "ru");
      for (const grant of grants) await db.users.grantRole(telegramId, { ...grant, at: clock.now });
    },
    async department(code: string, policyId: string): Promise<Types.ObjectId> {
      const created = await db.departments.create({ code, name: `Department ${code}`, policyId });
      return created!._id;
    },
    async student(
      telegramId: number | null,
      departmentId: Types.ObjectId,
      fields: { studentNumber: string; fullName: string; group: string },
    ): Promise<Types.ObjectId> {
      const doc = await db.models.Student.create({
        ...(telegramId === null ? {} : { telegramId }),
        ...fields,
        level: "bachelor",
        programmeCode: "6B06102",
        course: 3,
        departmentId,
      });
      return doc._id;
    },
  };
  return world;
}
export type PracticeWorld = Awaited<ReturnType<typeof createPracticeWorld>>;

/** A complete placement form (6B03104 §9.1 stage I) for production practice from 11 January 2027, 8 weeks. */
export function completeDraft(organisationId: string) {
  return {
    practiceType: "production" as const,
    startDate: "2027-01-11",
    endDate: "2027-03-05",
    weeks: 8,
    organisationId,
    unit: "Департамент разработки",
    contractNumber: "ПП-17/2026",
    contractDate: "2026-12-01",
    organisationSupervisorName: "Ахметов Ерлан Серикович",
    organisationSupervisorPhone: "8 (701) 234-56-78",
    organisationSupervisorEmail: "E.Akhmetov@Kaspi.kz",
  };
}
