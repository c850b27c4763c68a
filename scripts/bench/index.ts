// npm run bench: the whole set at the default sizes (slow: builds 1, 1000 and 5000 articles
// twice, then the Lighthouse run). Figures go to stdout; see README "Benchmarks".
import { spawnSync } from "node:child_process";

const runs = [
  ["scripts/bench/build.ts", "--articles", "1,1000,5000", "--baseline"],
  ["scripts/bench/lighthouse.ts", "--articles", "1000"],
];
for (const args of runs) {
  const run = spawnSync(process.execPath, ["--import", "tsx", ...args], {
    stdio: "inherit",
  });
  if (run.status !== 0) process.exit(run.status ?? 1);
}
