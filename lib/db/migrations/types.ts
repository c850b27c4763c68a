// One schema change, written for each dialect. Ids sort in the order they must apply
// ("0001-subscribers" < "0100-send-log").
export type Migration = { id: string; sqlite: string[]; postgres: string[] };
