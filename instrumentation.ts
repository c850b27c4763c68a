// Runs once when the server process starts (never during `next build`, see server-start.ts).
// NEXT_RUNTIME is inlined by Next at build time, so reading it here bypasses lib/env on purpose:
// the edge bundle must not even import the Node-only modules below.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startServerProcesses } = await import("./lib/server/server-start");
  await startServerProcesses();
}
