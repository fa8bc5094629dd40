import { fuzzHostileUpdates } from "./hostile-updates.js";

/** Half of the 10,000 hostile updates (the other half is in hostile-updates-b.test.ts, on the other worker). */
fuzzHostileUpdates(20261207, 20);
