// A trivial handler: the load balancer's liveness probe and the benchmark's baseline.
export function GET() {
  return Response.json({ ok: true });
}
