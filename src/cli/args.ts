/** Minimal argv parser: `<command> [--flag value | --flag=value | --switch]…`. */
export interface ParsedArgs {
  command: string | undefined;
  options: Map<string, string | true>;
  positionals: string[];
  problems: string[];
}

export function parseArgv(argv: readonly string[], valueOptions: ReadonlySet<string>, switches: ReadonlySet<string>): ParsedArgs {
  const options = new Map<string, string | true>();
  const positionals: string[] = [];
  const problems: string[] = [];
  let command: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if (arg === "--") {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (arg === "-h") {
      options.set("--help", true);
      continue;
    }
    if (arg.startsWith("--")) {
      const eq = arg.indexOf("=");
      const name = eq === -1 ? arg : arg.slice(0, eq);
      if (switches.has(name)) {
        if (eq !== -1) problems.push(`${name}: takes no value`);
        options.set(name, true);
      } else if (valueOptions.has(name)) {
        const value = eq !== -1 ? arg.slice(eq + 1) : argv[i + 1];
        if (eq === -1) i += 1;
        if (value === undefined || value === "" || (eq === -1 && value.startsWith("--"))) {
          problems.push(`${name}: expected a value`);
          if (eq === -1 && value?.startsWith("--")) i -= 1;
        } else if (options.has(name)) {
          problems.push(`${name}: given more than once`);
        } else {
          options.set(name, value);
        }
      } else {
        problems.push(`${name}: unknown option (see --help)`);
      }
      continue;
    }
    if (command === undefined) command = arg;
    else positionals.push(arg);
  }
  return { command, options, positionals, problems };
}
