// npm run bench: the whole set at the default sizes (slow: builds 1, 1000 and 5000 articles
// twice, then the Lighthouse run, search over 10 000 articles and the subscriber list at
// 100 000). Figures go to stdout; docs/benchmarks.md keeps them with their dates.
import { spawnSync } from "node:child_process";

// [node flags, script and its arguments]: lib/db is marked server-only, so what opens a
// database resolves the marker's react-server export.
const runs: [string[], string[]][] = [
  [[], ["scripts/bench/build.ts", "--articles", "1,1000,5000", "--baseline"]],
  [[], ["scripts/bench/lighthouse.ts", "--articles", "1000"]],
  [["--expose-gc"], ["scripts/bench/search.ts"]],
  [["--conditions=react-server"], ["scripts/bench/backup.ts"]],
];
for (const [flags, args] of runs) {
  const run = spawnSync(process.execPath, [...flags, "--import", "tsx", ...args], {
    stdio: "inherit",
  });
  if (run.status !== 0) process.exit(run.status ?? 1);
}
