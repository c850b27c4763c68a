import type { Article } from "@/lib/content/articles";
import { ArticleView } from "./article-view";
import { NewsletterForm } from "./newsletter-form";
import { NewsletterIntro } from "./newsletter-intro";

// An article as its page shows it: the text, then the newsletter sign-up. The public page and
// the preview (app/esikatselu) show the same, so a preview looks as the page will.
export function ArticleWithSignup({ article }: { article: Article }) {
  return (
    <>
      <ArticleView article={article} />
      <aside aria-label="Uutiskirjeen tilaus" className="mx-auto mt-12 max-w-prose">
        <NewsletterIntro>
          <NewsletterForm />
        </NewsletterIntro>
      </aside>
    </>
  );
}
