import { z } from "zod";
import { parseRow } from "./rows";
import type { Queryable } from "./types";

const leaseRow = z.object({ holder: z.string() });

// Takes the named lease for `holder` until `until` unless another holder's lease is still
// running at `now`; true when taken. Works across processes and machines sharing the database.
export async function takeJobLease(
  q: Queryable,
  lease: { name: string; holder: string; now: number; until: number },
) {
  const row = await q.get(
    `INSERT INTO job_leases (name, holder, until) VALUES (?, ?, ?)
     ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, until = excluded.until
     WHERE job_leases.until < ? OR job_leases.holder = excluded.holder
     RETURNING holder`,
    [lease.name, lease.holder, lease.until, lease.now],
  );
  return row !== undefined && parseRow(leaseRow, row).holder === lease.holder;
}

// Gives the lease back, if this holder still has it.
export async function releaseJobLease(q: Queryable, name: string, holder: string) {
  await q.run(`DELETE FROM job_leases WHERE name = ? AND holder = ?`, [name, holder]);
}
