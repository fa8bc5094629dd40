import type { PrivateContext } from "../context.js";
import type { AppServices } from "../../services/app-services.js";
import { formatDateTime } from "../format.js";

/** Replies with a one-time invitation link and when it expires. */
export async function sendInvitation(
  ctx: PrivateContext,
  services: AppServices,
  invitation: { code: string; expiresAt: Date },
  about: { role: string; department?: string; student?: string },
): Promise<void> {
  const link = `https://t.me/${ctx.me.username}?start=${invitation.code}`;
  await ctx.reply(
    ctx.t("invite-created", {
      role: ctx.t(`role-${about.role}`),
      scope: about.student ?? about.department ?? "—",
      link,
      expires: formatDateTime(invitation.expiresAt, ctx.locale, services.config.timezone),
    }),
    { link_preview_options: { is_disabled: true } },
  );
}
