import type { FaultStage, SmtpReply } from "./smtp";

// A fault of ours as a relay gives it: the stage, the reply, and after how many mails it
// starts (a quota runs out mid-send).
export type RelayFault = { name: string; stage: FaultStage; reply: SmtpReply; after: number };

const fault = (name: string, stage: FaultStage, code: number, text: string, after = 0) => ({
  name,
  stage,
  reply: { code, text },
  after,
});

// Every kind of fault of ours the send and the delivery loop are tested (and benchmarked)
// against: each must stop the work, suppress nobody and keep every mail for after the fix.
export const FAULTS_OF_OURS: RelayFault[] = [
  fault("a refused login", "auth", 535, "5.7.8 Authentication credentials invalid"),
  fault("a refused sender", "mail-from", 553, "5.7.1 Sender address rejected"),
  fault("a quota that runs out", "rcpt", 550, "5.4.5 Daily sending quota exceeded", 2),
  fault("an account-level limit", "rcpt", 452, "4.5.3 Too many recipients"),
  fault("our sender domain refused", "rcpt", 553, "5.1.8 Sender domain unknown"),
  fault("a policy refusal of the content", "data", 554, "5.7.1 Message refused", 3),
  fault("a message too large", "data", 552, "5.3.4 Message size exceeds limit"),
  fault("a refused connection", "connect", 554, "5.7.1 Access denied"),
];

// A relay that is down (421 at the greeting): not our fault, but it must keep every mail too.
export const RELAY_DOWN = fault(
  "a relay that is down",
  "connect",
  421,
  "4.3.2 Service not available",
);
