/**
 * The deadline-night benchmark's baseline: a bare grammY bot (no database, no inbox, no scenes) that answers
 * the same updates with the same buttons, long polling through `@grammyjs/runner` with per-chat ordering, as
 * grammY's documentation shows for bots under load. Env: BOT_TOKEN, BOT_API_ROOT. Prints "bare bot running".
 */
import { Bot, InlineKeyboard } from "grammy";
import { run, sequentialize } from "@grammyjs/runner";

const bot = new Bot(process.env["BOT_TOKEN"] ?? "", { client: { apiRoot: process.env["BOT_API_ROOT"] ?? "" } });
const buttons = (data: string) => ({ reply_markup: new InlineKeyboard().text(data, data) });
bot.use(sequentialize((ctx) => String(ctx.chat?.id ?? ctx.from?.id ?? "")));
bot.command("diary", (ctx) => ctx.reply("Which day?", buttons("dia.d:1")));
bot.callbackQuery(/^dia\.d:/, async (ctx) => {
  await ctx.answerCallbackQuery();
  await ctx.editMessageText("How many hours?", buttons("dia.h:6"));
});
bot.callbackQuery(/^dia\.h:/, async (ctx) => {
  await ctx.answerCallbackQuery();
  await ctx.reply("What did you do?");
});
bot.on("message:text", (ctx) => ctx.reply("Evidence?", buttons("dia.ev:done")));
bot.callbackQuery("dia.ev:done", async (ctx) => {
  await ctx.answerCallbackQuery();
  await ctx.reply("Send?", buttons("dia.cf:send"));
});
bot.callbackQuery("dia.cf:send", async (ctx) => {
  await ctx.answerCallbackQuery();
  await ctx.reply("Sent.");
});
bot.callbackQuery(/^dia\.ok:/, async (ctx) => {
  await ctx.answerCallbackQuery({ text: "Approved" });
  await ctx.editMessageText("Approved.");
});
await bot.init();
const runner = run(bot);
console.log("bare bot running");
process.once("SIGTERM", () => void runner.stop().then(() => process.exit(0)));
