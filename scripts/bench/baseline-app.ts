// The plain Next.js blog-starter pattern, written as the starter writes it: a loader that
// re-reads and re-parses files on every call, `as Post` instead of validation, remark-html per
// page, every post on the home page, and next/link (which prefetches the home page).
const TSCONFIG = {
  compilerOptions: {
    target: "ES2022",
    lib: ["dom", "dom.iterable", "esnext"],
    skipLibCheck: true,
    strict: true,
    noEmit: true,
    module: "esnext",
    moduleResolution: "bundler",
    jsx: "react-jsx",
    isolatedModules: true,
    plugins: [{ name: "next" }],
    paths: { "@/*": ["./*"] },
  },
  include: ["**/*.ts", "**/*.tsx", ".next/types/**/*.ts"],
  exclude: ["node_modules"],
};

export const BASELINE_FILES: Record<string, string> = {
  "package.json": JSON.stringify({ name: "blog-starter-baseline", private: true, type: "module" }),
  "tsconfig.json": JSON.stringify(TSCONFIG, null, 2),
  "next.config.ts": `const config = {};\nexport default config;\n`,
  "lib/api.ts": `import fs from "fs";
import matter from "gray-matter";
import { join } from "path";

export type Post = { year: string; slug: string; title: string; date: string; excerpt: string; content: string };
const postsDirectory = join(process.env.CONTENT_DIR ?? "content", "uutiset");

export function getPostFiles(): string[] {
  return (fs.readdirSync(postsDirectory, { recursive: true }) as string[]).filter((f) => f.endsWith(".md"));
}

// Our corpus sits in year folders, so a post is named by "year/slug" (the starter: "slug").
export function getPostBySlug(year: string, slug: string): Post {
  const fileContents = fs.readFileSync(join(postsDirectory, year, slug + ".md"), "utf8");
  const { data, content } = matter(fileContents);
  return { ...data, year, slug, excerpt: data.lead, content } as Post;
}

export function getAllPosts(): Post[] {
  return getPostFiles()
    .map((f) => f.replace(/\\.md$/, "").split("/") as [string, string])
    .map(([year, slug]) => getPostBySlug(year, slug))
    .sort((a, b) => (a.date > b.date ? -1 : 1));
}
`,
  "lib/markdownToHtml.ts": `import { remark } from "remark";
import html from "remark-html";

export default async function markdownToHtml(markdown: string) {
  const result = await remark().use(html).process(markdown);
  return result.toString();
}
`,
  "app/layout.tsx": `import Link from "next/link";

export const metadata = { title: "Blog starter" };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="fi">
      <body>
        <header><Link href="/">Blog</Link></header>
        {children}
      </body>
    </html>
  );
}
`,
  "app/page.tsx": `import Link from "next/link";
import { getAllPosts } from "@/lib/api";

export default function Index() {
  const allPosts = getAllPosts();
  return (
    <main>
      {allPosts.map((post) => (
        <article key={post.slug}>
          <h3><Link href={"/posts/" + post.year + "/" + post.slug}>{post.title}</Link></h3>
          <time>{String(post.date)}</time>
          <p>{post.excerpt}</p>
        </article>
      ))}
    </main>
  );
}
`,
  "app/posts/[year]/[slug]/page.tsx": `import Link from "next/link";
import { notFound } from "next/navigation";
import { getAllPosts, getPostBySlug } from "@/lib/api";
import markdownToHtml from "@/lib/markdownToHtml";

type Params = { params: Promise<{ year: string; slug: string }> };

export default async function Post(props: Params) {
  const params = await props.params;
  const post = getPostBySlug(params.year, params.slug);
  if (!post) return notFound();
  const content = await markdownToHtml(post.content || "");
  return (
    <main>
      <Link href="/">Takaisin</Link>
      <article>
        <h1>{post.title}</h1>
        <time>{String(post.date)}</time>
        <div dangerouslySetInnerHTML={{ __html: content }} />
      </article>
    </main>
  );
}

export async function generateMetadata(props: Params) {
  const { year, slug } = await props.params;
  const post = getPostBySlug(year, slug);
  return { title: post.title };
}

export async function generateStaticParams() {
  return getAllPosts().map((post) => ({ year: post.year, slug: post.slug }));
}
`,
};

// A bare Next page with one small client form: the framework's JavaScript floor.
export const BARE_FILES: Record<string, string> = {
  "package.json": JSON.stringify({ name: "bare-next", private: true, type: "module" }),
  "tsconfig.json": JSON.stringify(TSCONFIG, null, 2),
  "next.config.ts": `const config = {};\nexport default config;\n`,
  "app/layout.tsx": `export const metadata = { title: "Bare", description: "A bare Next page" };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="fi">
      <body>{children}</body>
    </html>
  );
}
`,
  "app/page.tsx": `import { Form } from "./form";

export default function Page() {
  return (
    <main>
      <h1>Tyhjä sivu</h1>
      <Form />
    </main>
  );
}
`,
  "app/form.tsx": `"use client";
import { useState } from "react";

export function Form() {
  const [email, setEmail] = useState("");
  return (
    <form method="post">
      <label htmlFor="email">Sähköposti</label>
      <input id="email" type="email" value={email} onChange={(e) => setEmail(e.target.value)} />
      <button type="submit">Tilaa</button>
    </form>
  );
}
`,
};
