import { builtSettings, settingsToBake, type Env } from "@/lib/env";

// Gives one line per setting the build was made with that differs from this server's, naming
// both values; none when they agree or when this code was not built by `next build`.
export function buildSettingsMismatch(
  built: string | undefined,
  env: Pick<Env, "SITE_URL" | "HSTS">,
): string[] {
  if (built === undefined) return [];
  const then = JSON.parse(built) as Record<string, string>;
  const now = JSON.parse(settingsToBake(env)) as Record<string, string>;
  return Object.keys(now)
    .filter((name) => then[name] !== now[name])
    .map(
      (name) => `${name}: the build used ${then[name] ?? "(none)"}, this server has ${now[name]}`,
    );
}

// Stops the start when the build was made with another SITE_URL or HSTS than the server's:
// its prerendered pages would name another site in canonical, og:url and feeds, and its headers
// would not be the ones configured. A warning in a log is easily missed; a rebuild is cheap.
export function checkBuildSettings(env: Env, built = builtSettings()): void {
  const lines = buildSettingsMismatch(built, env);
  if (lines.length === 0) return;
  throw new Error(
    [
      "This build was made with other settings than the server's:",
      ...lines.map((line) => `  ${line}`),
      "Build again with the server's values (npm run build), or start with the build's.",
    ].join("\n"),
  );
}
