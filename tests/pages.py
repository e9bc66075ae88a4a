"""Made-up news pages for the input tests: an article between the menus,
scripts, related links and reader comments a saved page carries."""

from __future__ import annotations

ARTICLE_PARAGRAPHS = [
    "The city council of Port Elmsworth voted on Tuesday to rebuild the old harbour bridge, "
    "closed since a storm cracked two of its piers last winter.",
    "\u201cWe will rebuild the bridge before the next storm season,\u201d said Mayor Ana Lima, "
    "who has pushed for the repairs since she took office in the spring.",
    "The work is expected to cost 40 million dollars, most of it from a regional fund that "
    "the council secured after months of talks with the provincial government.",
    "\u201cThe ferries cannot carry everyone for another year,\u201d said Tomasz Wr\u00f3bel, who runs "
    "a bakery on the north shore and crosses the harbour every morning.",
    "Engineers will start by shoring up the cracked piers. Lima said the council would publish "
    "a timetable for the closures within a month, so that shops can plan ahead.",
]

BOILERPLATE_QUOTES = (
    "Subscribe now",  # menu
    "Best bakeries in town",  # related links
    "I disagree with the council",  # reader comment
    "const PREBID",  # script
)


def news_page(paragraphs: list[str] | None = None, title: str = "Council votes to rebuild harbour bridge",
              dated: bool = True) -> str:
    """A page as a browser saves it; ``dated=False`` leaves out every date."""
    body = "\n".join(f"<p>{p}</p>" for p in (paragraphs or ARTICLE_PARAGRAPHS))
    published = '<meta property="article:published_time" content="2024-03-05T09:30:00+00:00">' if dated else ""
    byline = "By Jo Brennan, March 5, 2024" if dated else "By Jo Brennan"
    return f"""<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>{title} | The Harbour Gazette</title>
<meta property="og:title" content="{title}">
<meta property="og:site_name" content="The Harbour Gazette">
<meta name="author" content="Jo Brennan">
{published}
<link rel="canonical" href="https://gazette.example/news/harbour-bridge">
<script>var ads = {{"slot": "const PREBID", "text": "\\"Subscribe now,\\" the banner said."}};</script>
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/sub">\u201cSubscribe now\u201d, said the banner</a></li></ul></nav>
<main><article>
<h1>{title}</h1>
<div class="byline">{byline}</div>
{body}
</article>
<aside class="related"><h2>Related</h2><ul>
<li><a href="/a">\u201cBest bakeries in town\u201d, says reader poll</a></li>
<li><a href="/b">Ferry timetable changes</a></li></ul></aside>
<section id="comments" class="comments"><h2>Comments</h2>
<div class="comment"><p>\u201cI disagree with the council,\u201d wrote Sam Hale.</p></div></section>
</main>
<footer><p>\u00a9 2024 The Harbour Gazette. All rights reserved.</p></footer>
</body></html>
"""
