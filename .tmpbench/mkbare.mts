import { BARE_FILES } from "../scripts/bench/baseline-app";
import { prepareApp } from "../scripts/bench/workspace";
console.log(prepareApp("bare", BARE_FILES));
