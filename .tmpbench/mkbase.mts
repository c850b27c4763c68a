import { BASELINE_FILES } from "../scripts/bench/baseline-app";
import { prepareApp } from "../scripts/bench/workspace";
console.log(prepareApp("baseline", BASELINE_FILES));
