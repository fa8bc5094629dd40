// ESLint flat config: typescript-eslint's type-checked rules over every TypeScript file of the project.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "data/**", "tools/**", "coverage/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": "error",
      "@typescript-eslint/await-thenable": "error",
      "@typescript-eslint/switch-exhaustiveness-check": ["error", { considerDefaultExhaustiveForUnions: true }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // Tests talk to a fake Telegram transport whose payloads are untyped JSON.
    files: ["test/**/*.ts", "bench/**/*.ts"],
    rules: {
      "@typescript-eslint/no-explicit-any": "off",
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-member-access": "off",
      "@typescript-eslint/no-unsafe-argument": "off",
      "@typescript-eslint/no-unsafe-call": "off",
      "@typescript-eslint/no-unsafe-return": "off",
    },
  },
  {
    // Telegram wiring and scenes parse input, call one service method and render: they never reach the database.
    files: ["src/bot/**/*.ts", "scenes/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["**/persistence/**"], message: "Call a service method (src/services) instead of the database." }] },
      ],
    },
  },
  {
    // Use cases know nothing of Telegram: the bot renders their results. Two places still do, and are the
    // known debt: the outbox sender (src/services/outbox, which calls the Bot API) and the diary submit notice,
    // which packs its Approve / Return buttons with the bot's callback codec.
    files: ["src/services/**/*.ts"],
    ignores: ["src/services/outbox/**", "src/services/diary/use-cases/notify-submit.ts"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["grammy", "grammy/*", "@grammyjs/*"], allowTypeImports: true, message: "Services do not use grammY." },
            { group: ["**/bot/**", "**/scenes/**"], message: "Services do not import the Telegram wiring or scenes." },
          ],
        },
      ],
    },
  },
  {
    // The domain is pure: no I/O, no framework; it imports only itself, zod and dayjs (and Telegram's wire types).
    files: ["src/domain/**/*.ts"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["grammy", "grammy/*", "@grammyjs/*"], allowTypeImports: true, message: "The domain does not use grammY." },
            {
              group: [
                "**/services/**",
                "**/persistence/**",
                "**/bot/**",
                "**/db/**",
                "**/documents/**",
                "**/scenes/**",
                "mongoose",
                "mongodb",
                "node:fs",
                "node:fs/*",
              ],
              message: "The domain is pure: it imports only src/domain.",
            },
          ],
        },
      ],
    },
  },
  { files: ["**/*.js"], ...tseslint.configs.disableTypeChecked },
);
