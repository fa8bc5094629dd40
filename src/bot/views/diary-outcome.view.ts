import { coordinatedDepartments, type Principal } from "../../domain/access/roles.js";
import { decideDiaryAccess, type DiaryAction } from "../../domain/diary/diary-access.js";
import type { AppServices } from "../../services/app-services.js";
import type { LoadedDiaryPlacement } from "../../services/diary/diary-placements.js";
import { shownDigest, type ReportFileRejection } from "../../domain/diary/report-file.js";
import type { UploadedFile } from "../../services/diary/practice-outcome.service.js";
import { denialMsg, diaryActorOf, type Msg } from "./diary-supervision.view.js";
import { dottedDate } from "../../domain/rules/dates.js";
import { dottedDateTime } from "../format.js";

/** Placements on which `user` may perform `action` (links read from the records; coordinators: their departments). */
export async function diariesFor(services: AppServices, user: Principal, action: DiaryAction): Promise<LoadedDiaryPlacement[]> {
  const own = await services.diaryPlacements.supervisedBy(user.telegramId);
  const seen = new Set(own.map((d) => d.diary.id));
  const all = [...own];
  if (action === "recordGrade") {
    for (const departmentId of coordinatedDepartments(user)) {
      for (const d of await services.diaryPlacements.ofDepartment(departmentId)) if (!seen.has(d.diary.id)) all.push(d);
    }
  }
  return all.filter((d) => {
    const actor = diaryActorOf(services, user, d);
    return actor !== null && decideDiaryAccess(actor, d.diary, action).allowed;
  });
}

async function loadFor(services: AppServices, telegramId: number, placementId: string) {
  const user = await services.db.users.findByTelegramId(telegramId);
  const diary = await services.diaryPlacements.load(placementId);
  if (!user || !diary) return null;
  const actor = diaryActorOf(services, user, diary);
  return { user, diary, actor };
}

/** Records the final grade and tells the student, FX/F with what follows (QP-06 6.10–6.11; 6B03104 §11). */
export async function gradeEntry(services: AppServices, telegramId: number, placementId: string, score: number): Promise<Msg[]> {
  const loaded = await loadFor(services, telegramId, placementId);
  if (!loaded) return [{ key: "diary-reason-notFound" }];
  if (!loaded.actor) return [denialMsg("notLinked")];
  const { diary } = loaded;
  const result = await services.diary.outcomes.recordGrade({
    placement: diary.diary,
    actor: loaded.actor,
    score,
    practiceType: diary.placement.practiceType,
  });
  switch (result.status) {
    case "graded": {
      const params = { student: diary.student.fullName, score, letter: result.grade.letter, points: result.grade.points };
      const student = diary.student.telegramId;
      if (student != null) {
        const stamp = result.grade.at.getTime();
        const keys = [
          { key: "supervision-grade-student", params: { score, letter: result.grade.letter, points: result.grade.points } },
          ...result.outcome.consequences.map((c) => ({ key: `diary-reason-consequence-${c.code}` })),
        ];
        await services.outbox.enqueueMany(
          keys.map((payload, i) => ({
            recipient: student,
            kind: "diary-grade",
            ref: diary.diary.id,
            payload,
            dedupeKey: `diary-grade:${diary.diary.id}:${stamp}:${i}`,
          })),
        );
      }
      return [
        { key: "supervision-grade-recorded", params },
        ...(result.outcome.passing ? [] : [{ key: "supervision-grade-failing-told" }]),
      ];
    }
    case "invalid":
      return [{ key: `diary-reason-${result.code}`, params: { min: 0, max: 100 } }];
    case "forbidden":
      return [denialMsg(result.reason)];
  }
}

/** "Attached document: file (SHA-256 1a2b3c4d5e6f…)" for a characteristic's document. */
function documentLine(document: { fileName: string; sha256: string } | undefined): Msg {
  return document
    ? { key: "characteristic-document-attached", params: { file: document.fileName, sha: shownDigest(document.sha256) } }
    : { key: "characteristic-document-none" };
}

/** The characteristic already written for a placement (shown when /characteristic opens it again), or null. */
export async function currentCharacteristic(services: AppServices, placementId: string): Promise<Msg[] | null> {
  const [diary, outcome] = await Promise.all([services.diaryPlacements.load(placementId), services.diary.outcomes.getOutcome(placementId)]);
  const c = outcome?.characteristic;
  if (!diary || !c) return null;
  return [
    {
      key: "characteristic-document-current",
      params: {
        student: diary.student.fullName,
        date: dottedDateTime(c.at, services.config.timezone),
        score: c.suggestedScore,
        letter: c.suggestedLetter,
      },
    },
    documentLine(c.document),
  ];
}

export type CharacteristicOutcome = { status: "done"; lines: Msg[] } | { status: "rejected"; reason: ReportFileRejection };

/**
 * Saves the organisation supervisor's characteristic with the suggested score and its letter (QP-06 6.8),
 * with the signed document when one is attached (PDF/DOCX, checked as the practice report).
 */
export async function writeCharacteristic(
  services: AppServices,
  telegramId: number,
  placementId: string,
  input: { text: string; score: number; document?: UploadedFile | undefined },
): Promise<CharacteristicOutcome> {
  const done = (lines: Msg[]): CharacteristicOutcome => ({ status: "done", lines });
  const loaded = await loadFor(services, telegramId, placementId);
  if (!loaded) return done([{ key: "diary-reason-notFound" }]);
  if (!loaded.actor) return done([denialMsg("notLinked")]);
  const { text, score } = input;
  const result = await services.diary.outcomes.setCharacteristic({
    placement: loaded.diary.diary,
    actor: loaded.actor,
    text,
    suggestedScore: score,
    document: input.document,
  });
  switch (result.status) {
    case "saved":
      return done([
        {
          key: "supervision-characteristic-saved",
          params: { student: loaded.diary.student.fullName, score, letter: result.suggested.letter, points: result.suggested.points },
        },
        ...(result.characteristic.document ? [documentLine(result.characteristic.document)] : []),
      ]);
    case "invalid":
      return done(
        result.issues.map((i): Msg =>
          "min" in i ? { key: `diary-reason-${i.code}`, params: { min: i.min, max: i.max } } : { key: `diary-reason-${i.code}` },
        ),
      );
    case "rejected":
      return { status: "rejected", reason: result.reason };
    case "forbidden":
      return done([denialMsg(result.reason)]);
  }
}

/**
 * QP-06 6.2: the diary is signed off by every linked supervisor (both, once both are linked). The student
 * is told to take the final diary-report with /export, the department's coordinators that it is complete;
 * once per placement (a second "complete" from a race of the two signatures is a duplicate).
 */
async function tellSignOffComplete(services: AppServices, diary: LoadedDiaryPlacement, signers: "both" | "single"): Promise<void> {
  const placementId = diary.diary.id;
  const coordinators =
    (await services.db.users.coordinatorsOf([diary.placement.departmentId])).get(String(diary.placement.departmentId)) ?? [];
  const student = diary.student.telegramId;
  const params = { student: diary.student.fullName, group: diary.student.group, signers };
  await services.outbox.enqueueMany([
    ...(student != null
      ? [
          {
            recipient: student,
            kind: "diary-signoff",
            ref: placementId,
            payload: { key: "signoff-complete-student", params: { signers } },
            dedupeKey: `diary-signoff-complete:${placementId}:student`,
          },
        ]
      : []),
    ...coordinators.map((coordinator) => ({
      recipient: coordinator,
      kind: "diary-signoff",
      ref: placementId,
      payload: { key: "signoff-complete-coordinator", params },
      dedupeKey: `diary-signoff-complete:${placementId}:coordinator:${coordinator}`,
    })),
  ]);
}

/** QP-06 6.2: signs the whole diary off; refused with what is still pending. */
export async function signOffDiary(services: AppServices, user: Principal, diary: LoadedDiaryPlacement): Promise<Msg[]> {
  const actor = diaryActorOf(services, user, diary);
  if (!actor) return [denialMsg("notLinked")];
  const result = await services.diary.outcomes.signOff({ placement: diary.diary, actor });
  const student = diary.student.fullName;
  switch (result.status) {
    case "signed":
      if (result.complete) await tellSignOffComplete(services, diary, result.signOffs.length > 1 ? "both" : "single");
      return [{ key: result.complete ? "supervision-signoff-complete" : "supervision-signoff-done", params: { student } }];
    case "alreadySigned":
      return [{ key: "diary-reason-signoff-alreadySigned" }];
    case "notReady":
      if (result.check.reason === "noEntries") return [{ key: "diary-reason-signoff-noEntries" }];
      return [
        { key: "diary-reason-signoff-entriesNotApproved", params: { count: result.check.notApproved } },
        { key: "supervision-signoff-pending-dates", params: { student, dates: result.check.dates.map((d) => dottedDate(d)).join(", ") } },
      ];
    case "forbidden":
      return [denialMsg(result.reason)];
  }
}
