import type { Composer, Context } from "grammy";
import { z } from "zod";

/** What a press handler needs of the context: the translations, for the stale-button answer. */
type PressContext = Context & { t: (key: string) => string };

/** Telegram's limit on a button's callback data. */
export const MAX_CALLBACK_BYTES = 64;

/**
 * Every callback-data prefix of the bot, in one place: a button carries `${prefix}:${fields joined by ":"}`.
 * A prefix is registered here before any codec, choice or handler uses it (defineCallback and defineChoice refuse
 * an unregistered one), and test/bot/callback-data.test.ts checks that no two collide.
 */
export const CALLBACK_PREFIXES = {
  // Shared questions and settings.
  yesNo: "yn",
  language: "lang",
  settings: "set",
  rename: "me.name",
  staffName: "staff.name",
  // Onboarding and eligibility scenes.
  onboardingLevel: "onb.level",
  onboardingDepartment: "onb.dep",
  onboardingCourse: "onb.course",
  eligibilityWhy: "elig.why",
  eligibilityLevel: "elig.level",
  eligibilityGpa: "elig.gpa",
  eligibilityFunding: "elig.fund",
  eligibilityFinancialAid: "elig.fa",
  eligibilityCourse: "elig.course",
  eligibilityCheck: "elig.check",
  // Practice bases (placements) and organisation supervisors.
  baseWhere: "base.where",
  baseType: "base.type",
  baseOrganisation: "base.org",
  baseEdit: "base.edit",
  baseAction: "base.act",
  baseInvite: "base.inv",
  supervisorConsentYes: "osv.yes",
  supervisorConsentNo: "osv.no",
  supervisorClaimConfirm: "osc.ok",
  supervisorClaimRefuse: "osc.no",
  placementApprove: "plc.ok",
  placementReturn: "plc.ret",
  // Coordinator's lists and the roster.
  coordinatorBases: "cpb",
  coordinatorStudents: "cps",
  coordinatorAssign: "cpa",
  rosterMatch: "cpr",
  // Staff roles: fresh links, unlinking a student ID, revoking a role.
  staffReissue: "sr.re",
  staffReissueAll: "sr.all",
  staffUnlink: "sr.ul",
  staffRevoke: "sr.rv",
  staffRevokeConfirm: "sr.rk",
  // Diary.
  diaryOpen: "diary",
  diaryWeek: "dia.w",
  diaryKeepDraft: "dia.keep",
  diaryHours: "dia.h",
  diaryEvidence: "dia.ev",
  diaryDay: "dia.d",
  diaryConfirm: "dia.cf",
  diaryApprove: "dia.ok",
  diaryReturn: "dia.ret",
  pendingApproveAll: "svp.all",
  pendingOneByOne: "svp.one",
  pendingDigest: "svp.dg",
  pendingAttachments: "svp.ev",
  characteristic: "svc",
  characteristicDocument: "svc.doc",
  grade: "svg",
  signOff: "svs",
  signOffConfirm: "svs.ok",
  reopen: "svr",
  earlySignOff: "sve",
  reportFile: "svf",
  // Broadcasts.
  broadcastWhen: "bc.w",
  broadcastTarget: "bc.t",
  broadcastPractice: "bc.p",
  broadcastGroup: "bc.g",
  broadcastFilter: "bc.f",
  broadcastDepartment: "bc.dep",
  broadcastCourse: "bc.c",
  broadcastProgress: "bcp",
  broadcastDetails: "bcd",
  broadcastResend: "bcr",
  broadcastAck: "bca",
} as const;

export type CallbackPrefix = (typeof CALLBACK_PREFIXES)[keyof typeof CALLBACK_PREFIXES];

const REGISTERED = new Set<string>(Object.values(CALLBACK_PREFIXES));

/** Throws for a prefix missing from CALLBACK_PREFIXES (a programming error, found when the module loads). */
export function assertRegisteredPrefix(prefix: string): void {
  if (!REGISTERED.has(prefix)) throw new Error(`callback prefix "${prefix}" is not listed in CALLBACK_PREFIXES`);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** A button's payload: packed into callback data, parsed back (zod-checked) from a press. */
export interface CallbackCodec<T> {
  readonly prefix: CallbackPrefix;
  /** Matches this codec's callback data (for `composer.callbackQuery`); `parse` still decides. */
  readonly filter: RegExp;
  /** Throws for a value the schema refuses or data over 64 bytes (a programming error, never user input). */
  pack(value: T): string;
  /** The payload of a pressed button; null for anything else (forged, stale format, another button). */
  parse(data: string | undefined): T | null;
}

/** Each field of a payload: a string that holds no ":" once written (numbers are written in decimal). */
type Fields = z.ZodObject<Record<string, z.ZodType<string | number, unknown>>>;

/**
 * One callback codec: `${prefix}:${field}:${field}…`, the fields in the schema's order. Where the state a button
 * shows can go stale (a record's version, a broadcast's round), the schema carries that version and the handler
 * compares it with the stored one.
 */
export function defineCallback<S extends Fields>(spec: { prefix: CallbackPrefix; schema: S }): CallbackCodec<z.output<S>> {
  assertRegisteredPrefix(spec.prefix);
  const keys = Object.keys(spec.schema.shape);
  const head = `${spec.prefix}:`;
  return {
    prefix: spec.prefix,
    filter: new RegExp(`^${escapeRegExp(spec.prefix)}:`),
    pack(value) {
      const checked = spec.schema.parse(value) as Record<string, string | number>;
      const parts = keys.map((key) => String(checked[key]));
      if (parts.some((part) => part.includes(":"))) throw new Error(`callback data field holds ":": ${parts.join(" ")}`);
      const data = head + parts.join(":");
      if (Buffer.byteLength(data) > MAX_CALLBACK_BYTES) throw new Error(`callback data too long: ${data}`);
      return data;
    },
    parse(data) {
      if (!data?.startsWith(head)) return null;
      const parts = data.slice(head.length).split(":");
      if (parts.length !== keys.length) return null;
      const parsed = spec.schema.safeParse(Object.fromEntries(keys.map((key, i) => [key, parts[i]])));
      return parsed.success ? parsed.data : null;
    },
  };
}

/** A MongoDB ObjectId as 24 lowercase hex digits. */
export const objectIdField = z.string().regex(/^[a-f0-9]{24}$/);

/**
 * Handles the presses of `codec`'s buttons on `composer`: the payload is parsed (zod-checked) first, and a press
 * whose data does not parse (forged, or of an older format) is answered as a stale button and changes nothing.
 */
export function onCallback<C extends PressContext, T>(
  composer: Composer<C>,
  codec: CallbackCodec<T>,
  handle: (ctx: C & { callbackQuery: { data: string } }, payload: T) => Promise<void>,
): void {
  composer.callbackQuery(codec.filter, async (ctx) => {
    const payload = codec.parse(ctx.callbackQuery.data);
    if (payload === null) {
      await ctx.answerCallbackQuery({ text: ctx.t("errors-stale-button") });
      return;
    }
    await handle(ctx, payload);
  });
}
