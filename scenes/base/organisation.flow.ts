import { defineChoice } from "../../src/bot/choice.js";
import { checkBin } from "../../src/domain/practice/bin.js";
import { checkEmail, checkOrganisationName, checkText } from "../../src/domain/practice/contacts.js";
import { HOME_COUNTRY, normaliseCountry } from "../../src/domain/practice/organisation.js";
import type { DraftAnswers } from "../../src/services/scene-draft.service.js";
import { principalOf, saidOf, type BaseKit, type GroupFlow, type Said } from "./kit.js";
import { checkPhones, checkQuery } from "./checks.js";

/** How many search rounds before the scene stops asking. */
const SEARCH_ROUNDS = 4;
const ORG_FIELDS = ["orgName", "orgWhere", "orgBin", "orgCountry", "orgAddress", "orgPhones", "orgEmail", "orgArea"] as const;

const whereChoice = defineChoice({ prefix: "base.where", options: ["kz", "abroad"] as const, label: "base-org-where", columns: 2 });

/** The practice base, unless the placement has one already (an edit chooses it again). */
export const fillOrganisation: GroupFlow = async (kit, force) => {
  if (!force && kit.snap?.organisationId) return "done";
  return (await chooseOrganisation(kit)) === "noBase" ? "noBase" : "done";
};

/**
 * The practice base (6B03104 §9.1 stage I): approved ones are searched first by a name fragment or
 * a BIN; otherwise a new one is entered (it goes to the department for approval with the placement).
 * "I could not find a base" ends the choice with `noBase`.
 */
async function chooseOrganisation(kit: BaseKit): Promise<"chosen" | "noBase"> {
  const { ask, conversation, ctx, services, telegramId } = kit;
  // A new organisation was being entered when the student stopped (/cancel, a restart): go on with it.
  const started = kit.savedDraft["orgName"];
  if (typeof started === "string") {
    await ctx.reply(ctx.t("base-org-resume-new", { organisation: started }));
    if (await enterNewOrganisation(kit)) return "chosen";
  }
  for (let round = 0; round < SEARCH_ROUNDS; round++) {
    const query = await ask.text({ question: "base-org-search", check: checkQuery, errorPrefix: "base-org-search" });
    const found = await conversation.external(async () => {
      const list = await services.organisations.searchApproved(await principalOf(services, telegramId), query);
      return list.map((o) => ({ id: String(o._id), name: o.fullName, bin: o.bin ?? o.country }));
    });
    if (found.length === 0) await ctx.reply(ctx.t("base-org-none-found", { query }));
    const options = [...found.map((o) => o.id), "new", "again", "nobase"];
    const choice = defineChoice({
      prefix: "base.org",
      options,
      label: (value, t) => {
        const org = found.find((o) => o.id === value);
        return org ? `${org.name} (${org.bin})` : t(`base-org-${value}`);
      },
    });
    const picked = await ask.choice(choice, { question: found.length > 0 ? "base-org-pick" : "base-org-next" });
    if (picked === "nobase") return "noBase";
    if (picked === "again") continue;
    if (picked === "new") {
      if (await enterNewOrganisation(kit)) return "chosen";
      continue;
    }
    if (await kit.saveOrSay({ organisationId: picked })) return "chosen";
  }
  return ask.giveUp();
}

/** Asks what is not yet in the draft about a new organisation, proposes it and puts it on the placement. */
async function enterNewOrganisation(kit: BaseKit): Promise<boolean> {
  const { ask, conversation, ctx, services, telegramId, draft } = kit;
  const saved: DraftAnswers = { ...kit.savedDraft };
  const keep = async (field: string, value: string): Promise<string> => {
    saved[field] = value;
    await draft.save(field, value);
    return value;
  };
  const str = (field: string): string | undefined => (typeof saved[field] === "string" ? saved[field] : undefined);

  const name =
    str("orgName") ??
    (await keep("orgName", await ask.text({ question: "base-org-name", check: checkOrganisationName, errorPrefix: "placement-text" })));
  const where = str("orgWhere") ?? (await keep("orgWhere", await ask.choice(whereChoice, { question: "base-org-where-question" })));
  const foreign = where === "abroad";
  let bin: string | undefined;
  let country: string = HOME_COUNTRY;
  if (foreign) {
    country =
      str("orgCountry") ??
      (await keep(
        "orgCountry",
        await ask.text({
          question: "base-org-country",
          check: (text) => {
            const code = normaliseCountry(text);
            return code && code !== HOME_COUNTRY ? { ok: true, value: code } : { ok: false, reason: "format" };
          },
          errorPrefix: "placement-country",
        }),
      ));
  } else {
    bin =
      str("orgBin") ?? (await keep("orgBin", await ask.text({ question: "base-org-bin", check: checkBin, errorPrefix: "placement-bin" })));
  }
  const address =
    str("orgAddress") ??
    (await keep(
      "orgAddress",
      await ask.text({
        question: "base-org-address",
        check: (text) => checkText(text, { min: 3, max: 300 }),
        errorPrefix: "placement-text",
      }),
    ));
  const phones =
    str("orgPhones") ??
    (await keep(
      "orgPhones",
      await ask.text({ question: "base-org-phones", check: (text) => checkPhones(text, foreign), errorPrefix: "placement-phone" }),
    ));
  const email =
    str("orgEmail") ??
    (await keep("orgEmail", await ask.text({ question: "base-org-email", check: checkEmail, errorPrefix: "placement-email" })));
  const area =
    str("orgArea") ??
    (await keep(
      "orgArea",
      await ask.text({ question: "base-org-area", check: (text) => checkText(text, { min: 3, max: 200 }), errorPrefix: "placement-text" }),
    ));

  const proposed = await conversation.external(async (): Promise<{ id: string } | { said: Said[] }> => {
    const result = await services.organisations.propose(await principalOf(services, telegramId), {
      fullName: name,
      bin: foreign ? null : bin,
      country,
      postalAddress: address,
      phones: phones.split(",").map((p) => p.trim()),
      email,
      activityArea: area,
    });
    switch (result.status) {
      case "proposed":
      case "existing":
        return { id: String(result.organisation._id) };
      case "rejected":
        return {
          said: [{ key: "base-org-rejected", params: { organisation: result.organisation.fullName, reason: result.reason || "—" } }],
        };
      case "invalid":
        return { said: saidOf(result.issues) };
      case "forbidden":
        return { said: [{ key: `placement-denied-${result.reason}` }] };
      case "notFound":
        return { said: [{ key: "base-not-student" }] };
    }
  });
  await draft.forget(ORG_FIELDS);
  kit.savedDraft = {};
  if ("said" in proposed) {
    await ctx.reply(proposed.said.map((s) => ctx.t(s.key, s.params)).join("\n"));
    return false;
  }
  return kit.saveOrSay({ organisationId: proposed.id });
}
