"""The attribution sieves, in the order that is the policy.

Each sieve looks at one shape of attribution and either places a quote or
passes; precise shapes run first, after the manner of CoreNLP's
QuoteAttribution and the GenderGapTracker. Three kinds, by what they read:

- block sieves (``BLOCK_SIEVES``) read one paragraph, or the paragraphs one
  quote runs over: the words next to each quote, its sentence, its
  neighbours;
- paragraph sieves (``PARAGRAPH_SIEVES``) place a paragraph that opens with
  a quote no block sieve placed, from the paragraphs before it;
- article sieves (``ARTICLE_SIEVES``) read the whole article once at the end.

Each is one function named as the label it gives the quotes it places (the
label selects the quote's row in ``data/confidence.tsv``); a sieve that
tells finer shapes apart names them in ``FINER_LABELS``. The words each
shape reads are in ``shapes.py`` (next to a quote, in its sentence) and
``subjects.py`` (who a cue's subject is).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass

from ..models import ORGANIZATION, PERSON
from .cues import (
    Attribution,
    Block,
    _is_weak,
    _own_cue_before,
    _used_as_noun,
    is_cue,
)
from ..language import lexicon
from ..language.namelists import is_place, organization_heads
from .namewords import is_people_noun, is_title, person_name_in
from .shapes import leading_cue, sentence_cue_at, trailing_cue
from .spans import Paragraphs, QuoteSpan
from .speaker_phrase import SpeakerMention, parse_speaker
from .subjects import (
    _DETERMINER_OPENERS,
    _OPENING_ADVERBIALS,
    _clause_subject,
    _phrase_before_cue,
    _subject_of_cue,
    _subject_range,
    name_in_commas,
)
from .tokens import PUNCT, QUOTE, WORD, Token, tokenize

# Quotes placed so far: span index -> the attribution that placed it.
Placed = dict[int, Attribution]


def _unplaced(block: Block, out: Placed) -> list[int]:
    return [qi for qi in block.quote_tokens if block.tokens[qi].quote not in out]


def _between_quotations(block: Block, qi: int) -> bool:
    """No words of the writer's on either side (a text of many marks)."""
    tokens = block.tokens
    return (qi == 0 or tokens[qi - 1].kind == QUOTE) and (qi == len(tokens) - 1 or tokens[qi + 1].kind == QUOTE)


# Block sieves: each places what it can of the block's quotes that no
# sieve before it placed.


def trailing(text: str, block: Block, out: Placed) -> None:
    """'"We will rebuild the bridge," Hyde said.': the cue right after the
    quote ('said Hyde', 'according to Hyde'; a credit after a dash is
    labelled ``dash``)."""
    _by_adjacent_cue(trailing_cue, text, block, out)


def leading(text: str, block: Block, out: Placed) -> None:
    """'Hyde said: "We will rebuild the bridge."': the cue right before the
    quote ('Hyde said that "..."', 'According to Hyde, "..."')."""
    _by_adjacent_cue(leading_cue, text, block, out)


def _by_adjacent_cue(find: Callable[[str, Block, int], Attribution | None], text: str, block: Block, out: Placed) -> None:
    """Each unplaced quote not standing between two quotations, placed by
    the cue ``find`` reads beside it."""
    for qi in _unplaced(block, out):
        if not _between_quotations(block, qi):
            found = find(text, block, qi)
            if found:
                out[block.tokens[qi].quote] = found


def same_sentence(text: str, block: Block, out: Placed) -> None:
    """'The mayor called it "a good day" and "long overdue," Hyde said.':
    a quote shares the speaker of the nearest placed quote of its sentence."""
    tokens = block.tokens
    placed = [q for q in block.quote_tokens if tokens[q].quote in out]
    if not placed:
        return
    for qi in _unplaced(block, out):
        mate = _nearest(placed, qi, lambda q: block.sentence_of[q] == block.sentence_of[qi])
        if mate is not None:
            a = out[tokens[mate].quote]
            out[tokens[qi].quote] = Attribution(a.mention, a.cue, "same_sentence", a.confidence * 0.95, a.cue_end)


def sentence_cue(text: str, block: Block, out: Placed) -> None:
    """'The release notes 205 arrests, including "people in and around
    Boston."': a cue elsewhere in the quote's sentence."""
    tokens = block.tokens
    # (A sentence with no cue and no "according to" has nothing for it to
    # find: a paragraph of many bare quotations skips the search.)
    according: bool | None = None  # read once, and only for a quote with no cue in its sentence
    cues_of = block.cue_lists()
    for qi in _unplaced(block, out):
        if not cues_of[block.sentence_of[qi]]:
            if according is None:
                according = "ccording" in text[tokens[0].start : tokens[-1].end]
            if not according:
                continue
        found = sentence_cue_at(text, block, qi)
        if found:
            out[tokens[qi].quote] = found


def adjacent(text: str, block: Block, out: Placed) -> None:
    """'"We will rebuild," she said. "It will take a year."': the nearest
    placed quote before in the block, else the first one after."""
    tokens = block.tokens
    placed = [q for q in block.quote_tokens if tokens[q].quote in out]
    if not placed:
        return
    for qi in _unplaced(block, out):
        k = bisect.bisect_left(placed, qi)
        mate = placed[k - 1] if k > 0 else placed[k] if k < len(placed) else None
        if mate is not None and block.sentence_of[mate] != block.sentence_of[qi] and _own_cue_before(block, qi):
            # 'The Post ran a piece that noted his "..." Likewise, a paper
            # had this to say: "..."': its own sentence has a cue whose
            # subject was not found; the next sentence's speaker is not it.
            continue
        if mate is not None:
            a = out[tokens[mate].quote]
            out[tokens[qi].quote] = Attribution(a.mention, a.cue, "adjacent", a.confidence * 0.85, a.cue_end)


_CONJUNCTIONS = ("but", "and", "so", "then", "yet", "still", "meanwhile")


def colon_subject(text: str, block: Block, out: Placed) -> None:
    """'Trump deflected with a non sequitur: "..."': a colon hands the
    sentence to a quotation; its subject, when it names someone, speaks."""
    tokens = block.tokens
    for qi in _unplaced(block, out):
        if qi == 0 or tokens[qi - 1].text != ":":
            continue
        s0 = block.sentences[block.sentence_of[qi]][0]
        while s0 < qi - 1 and tokens[s0].lower in _CONJUNCTIONS:
            s0 += 1  # "But Trump deflected": the subject after the conjunction
        if s0 + 1 < qi - 1 and tokens[s0].lower in _OPENING_ADVERBIALS and tokens[s0 + 1].text == ",":
            s0 += 2  # "Likewise, a paper from the Brookings Institution had this to say:"
        found = _subject_range(tokens, qi - 1, s0)
        if found is None or found[0] != s0 or not (tokens[s0].is_capitalized or tokens[s0].lower in _DETERMINER_OPENERS):
            continue
        mention = parse_speaker(text, tokens[found[0] : found[1]])
        if mention is not None and mention.name and mention.kind in (PERSON, ORGANIZATION):
            out[tokens[qi].quote] = Attribution(mention, None, "colon_subject", 0.6)


def reported_speech(text: str, block: Block, out: Placed) -> None:
    """'Scott added that the events would draw many. "We are ready."': a
    quote that opens a sentence after one in reported speech, in the same
    paragraph (with no cue there: ``previous_subject``, the sentence's
    subject)."""
    tokens = block.tokens
    with_quotes = {block.sentence_of[q] for q in block.quote_tokens}
    for qi in _unplaced(block, out):
        s = block.sentence_of[qi]
        if s == 0 or block.sentences[s][0] != qi or s - 1 in with_quotes:
            continue
        found = _reported_speech(text, block, s - 1)
        if found is not None:
            out[tokens[qi].quote] = found


@dataclass(slots=True)
class Opening:
    """A paragraph that opens with a quote no block sieve placed, and what
    the paragraph sieves read to place it."""

    text: str
    spans: list[QuoteSpan]
    paragraphs: Paragraphs
    span_paragraphs: list[int]  # the paragraph of each span, in order (built once an article)
    paragraph: int  # the paragraph's index
    previous: Block | None  # the block read before this one
    previous_paragraph: int  # the last paragraph of that block
    # The speakers of the last two paragraphs when each was a run of
    # dialogue (a paragraph that opens with a quote): (paragraph, attribution).
    turns: list[tuple[int, Attribution | None]]
    out: Placed


def conversation(opening: Opening) -> Attribution | None:
    """'"Are you coming?" Ana asked. / "Not today," Ben said. / "Why not?"':
    in a dialogue, an unattributed line goes to the speaker two lines back."""
    return _take_turn(opening.turns, opening.paragraph)


def continuation(opening: Opening) -> Attribution | None:
    """'"We will rebuild," Hyde said. / "It will take a year."': a paragraph
    that opens with an unattributed quote continues the speaker of the
    paragraph before, when that one ended with an attributed quote or an
    introduction ('Cruz continued:')."""
    text, spans, paragraphs, para = opening.text, opening.spans, opening.paragraphs, opening.paragraph
    previous = opening.previous
    if opening.previous_paragraph != para - 1:
        a, b = paragraphs.bounds(para - 1)
        previous = Block(tokenize(text, a, b, spans, len(spans)))
    inherited = _inherit(text, previous, opening.out) if previous is not None else None
    if inherited is None and para > 1 and previous is not None and _names_no_one(previous):
        # One paragraph of the writer's own that names no one and reports
        # nothing may stand between a speaker's quote and the next
        # paragraph of their words.
        a, b = paragraphs.bounds(para - 2)
        first = bisect.bisect_left(opening.span_paragraphs, para - 2)
        inherited = _inherit(text, Block(tokenize(text, a, b, spans, first)), opening.out)
    return inherited



def _nearest(placed: list[int], qi: int, same: Callable[[int], bool]) -> int | None:
    """The attributed quote nearest ``qi`` (ties go to the earlier) for which
    ``same`` holds, looking outwards from it: the first failure on each side
    ends that side, since sentences are contiguous."""
    k = bisect.bisect_left(placed, qi)
    before = placed[k - 1] if k > 0 and same(placed[k - 1]) else None
    after = placed[k] if k < len(placed) and same(placed[k]) else None
    if before is None or (after is not None and after - qi < qi - before):
        return after
    return before


def _speaker_key(a: Attribution) -> str:
    return (a.mention.name or a.mention.text).lower()


# A paragraph that is only a quotation, perhaps numbered: '6. "The Gordon problem"'.
_HEADING_WORDS = 10
_HEADING_RE = re.compile(r"\s*(?:\d{1,2}[.)]\s*)?[\"“‘']?")


def heading(text: str, spans: list[QuoteSpan], paragraphs: Paragraphs, out: Placed) -> None:
    """'"My fears have been realized"' standing alone, then 'Morrison told
    the committee, "I feared ..."': a quotation standing alone as a paragraph with no cue is a heading
    that pulls a line from the paragraph below it ('"My fears have been
    realized"', then 'Morrison told the committee, "I feared ..."'): its
    speaker is the first one credited in the next paragraph."""
    first_in_paragraph: dict[int, int] = {}
    for i, span in enumerate(spans):
        first_in_paragraph.setdefault(span.paragraph, i)
    # A heading opens its paragraph: only each paragraph's first quotation can be one.
    for i in first_in_paragraph.values():
        span = spans[i]
        if i in out or span.paragraphs != 1:
            continue
        a, b = paragraphs.bounds(span.paragraph)
        opening = _HEADING_RE.match(text, a, span.start)
        if opening is None or opening.end() != span.start or text[span.end : b].strip(" \t\"”’'.") != "":
            continue
        words = text[span.start : span.end].split()
        if len(words) > _HEADING_WORDS or words[-1][-1:] in ".!?,;:":
            continue  # a sentence standing alone, not a heading
        credited = None
        k = first_in_paragraph.get(span.paragraph + 1, len(spans))
        while k < len(spans) and spans[k].paragraph == span.paragraph + 1:  # that paragraph's quotes only
            if k in out:
                credited = out[k]
                break
            k += 1
        if credited is not None:
            out[i] = Attribution(credited.mention, credited.cue, "heading", credited.confidence * 0.7, -1)


_TOPIC_SUBJECT_WORDS = 4  # the longest speaker a headline's topic opens with ("Kenyan union boss")


def headline_subject(text: str, spans: list[QuoteSpan], paragraphs: Paragraphs, out: Placed) -> None:
    """"'It's a disaster': farmers count cost of floods", "'We will fight
    on': union boss vows to resist cuts": a headline that opens with a
    quotation, then a colon and its topic, whose subject is a person or
    people (a name, a noun for a person) and a verb after it: the subject
    speaks. A topic about a place or a body ("South Dakota spends $449K")
    credits no one: a slogan's or a sign's words."""
    for i, span in enumerate(spans):
        if i in out or span.paragraphs != 1 or span.close_mark is None or (i > 0 and spans[i - 1].paragraph == span.paragraph):
            continue  # (a quotation never closed has no colon after it)
        a, b = paragraphs.bounds(span.paragraph)
        if text[a : span.open_mark].strip() or not text.startswith(": ", span.close_mark + 1) \
                or "\n" in text[span.close_mark : b].strip() or text[b - 1 : b] in ".?!":
            continue
        topic = [t for t in tokenize(text, span.close_mark + 3, b, spans, i + 1) if t.kind == WORD]
        for n in range(min(_TOPIC_SUBJECT_WORDS, len(topic) - 1), 0, -1):
            # The longest subject that ends in a name or a noun for people,
            # before a word in lower case (its verb, or "on" its topic):
            # "Port Talbot workers react", "Ana Lima on her road back".
            if topic[n].is_capitalized or (topic[n].lower in lexicon.FUNCTION_WORDS and topic[n].lower != "on") \
                    or not (topic[n - 1].is_capitalized or _is_a_person_head(topic[n - 1].lower)):
                continue
            mention = parse_speaker(text, topic[:n])
            if mention is not None and mention.kind == PERSON and (
                    (mention.name and not is_place(mention.name.lower())) or _is_a_person_head(mention.head)):
                out[i] = Attribution(mention, None, "headline_subject", 0.5, -1)
                break


def _is_a_person_head(head: str | None) -> bool:
    """A noun for a person or people ("boss", "workers", "minister"): the
    hand-kept lists and titles only, narrower than speaker_phrase's test of
    a head, which takes every WordNet noun for a person and would read a
    headline's verb as one ("farmers count cost": a count is a nobleman)."""
    return head is not None and (is_people_noun(head) or is_title(head) or head in lexicon.PERSON_NOUNS)


_REPEATED_MIN_WORDS = 6  # (fewer words, a slogan or "fake news", are anyone's)
_REPEATED_MAX_WORDS = 40  # a headline's or a pull quote's length
_WORDS_RE = re.compile(r"[^\W_]+")


def repeated(text: str, spans: list[QuoteSpan], paragraphs: Paragraphs, out: Placed) -> None:
    """"'I never thought I'd see this day': Kenyan runner on gold", and
    below, '"I never thought I'd see this day," Chebet said': a quotation
    with no speaker whose words the article quotes again with one (a
    headline, a subhead or a pull quote repeating a line of the story, in
    full or in part) is that speaker's.

    Linear in the quotes' words: each placed quote's runs of six words are
    indexed once, and a quotation is looked up by its own runs (the first
    for a part of a placed one, each for one that holds a placed one)."""
    n = _REPEATED_MIN_WORDS
    placed: dict[int, list[str]] = {i: _WORDS_RE.findall(text[spans[i].start : spans[i].end].lower()) for i in out}
    runs: dict[tuple[str, ...], int] = {}  # every six-word run of a placed quote -> the quote
    openings: dict[tuple[str, ...], int] = {}  # a placed quote's first run -> the quote
    for j, words in placed.items():
        if len(words) >= n:
            openings.setdefault(tuple(words[:n]), j)
            for k in range(len(words) - n + 1):
                runs.setdefault(tuple(words[k : k + n]), j)
    if not runs:
        return
    for i, span in enumerate(spans):
        if i in out:
            continue
        words = _WORDS_RE.findall(text[span.start : span.end].lower())
        if not n <= len(words) <= _REPEATED_MAX_WORDS:
            continue
        line = f" {' '.join(words)} "
        candidates = [runs.get(tuple(words[:n]))] + [openings.get(tuple(words[k : k + n])) for k in range(len(words) - n + 1)]
        for j in candidates:
            if j is None:
                continue
            other = f" {' '.join(placed[j])} "
            if line in other or other in line:
                a = out[j]
                out[i] = Attribution(a.mention, a.cue, "repeated", a.confidence * 0.8, -1)
                break


_POST_HEADING_WORDS = 14


def posted_under(text: str, spans: list[QuoteSpan], paragraphs: Paragraphs, out: Placed) -> None:
    """'Mallow Swimming Pool - closed until further notice', and then the
    pool's statement: in a live blog or a list of short posts, a quotation
    that opens the paragraph under a heading (a short line that ends no
    sentence), with no cue of its own, is the words of the body or the
    person the heading opens with."""
    for i, span in enumerate(spans):
        if i in out or span.paragraph == 0:
            continue
        a, _ = paragraphs.bounds(span.paragraph)
        if text[a : span.open_mark].strip():
            continue  # the post opens with the quotation
        ha, hb = paragraphs.bounds(span.paragraph - 1)
        line = text[ha:hb]
        heading = line.strip()
        if not heading or heading[-1] in ".!?:;,\"”" or len(heading.split()) > _POST_HEADING_WORDS:
            continue
        mention = _heading_subject(text, hb - len(line.lstrip()))
        if mention is not None:
            out[i] = Attribution(mention, None, "posted_under", 0.5, -1)


def _heading_subject(text: str, start: int) -> SpeakerMention | None:
    """The body or the person named in full that a heading opens with (the
    capitalised run a body's name is read from: organizations.ORG_RUN_RE)."""
    from .organizations import ORG_RUN_RE  # (as the resolver: loaded when an article needs it)

    m = ORG_RUN_RE.match(text, start)
    if m is None:
        return None
    words = m.group().split()
    if len(words) < 2:
        return None
    name = " ".join(words)
    end = start + len(name)
    last = words[-1].lower().rstrip(".")
    if last in organization_heads() or last in lexicon.ORGANIZATION_NOUNS:
        return SpeakerMention(name, start, end, ORGANIZATION, name)
    if len(words) <= 3 and person_name_in(words) == (0, len(words)):
        return SpeakerMention(name, start, end, PERSON, name)
    return None


def _names_no_one(block: Block) -> bool:
    """A paragraph with no quotation and no cue that is a picture's caption
    ('- The harbour at dawn': a dash or bullet opening a one-sentence line),
    or that has no pronoun and no capitalised word but those that open its
    sentences."""
    if block.quote_tokens or not block.tokens:
        return False
    caption = block.tokens[0].text in ("-", "•", "–") and len(block.sentences) == 1
    starts = {a for a, _ in block.sentences}
    for i, tok in enumerate(block.tokens):
        if tok.kind != WORD:
            continue
        if is_cue(tok):
            return False
        if caption:
            continue  # a caption names what the picture shows, whoever that is
        if tok.lower in ("he", "she", "they", "his", "her", "their", "i", "we") or (tok.is_capitalized and i not in starts):
            return False
    return True


def _take_turn(turns: list[tuple[int, Attribution | None]], paragraph: int) -> Attribution | None:
    """In a dialogue, B answers A and then A answers B: the speaker of an
    unattributed line is the one two lines back, when the last two lines
    (the paragraphs just before) had two different speakers."""
    if len(turns) < 2:
        return None
    (p1, first), (p2, second) = turns
    if p2 != paragraph - 1 or p1 != p2 - 1 or first is None or second is None:
        return None
    if _speaker_key(first) == _speaker_key(second):
        return None
    return Attribution(first.mention, first.cue, "conversation", first.confidence * 0.7, first.cue_end)


def _inherit(text: str, previous: Block, out: dict[int, Attribution]) -> Attribution | None:
    tokens = previous.tokens
    if not tokens:
        return None
    last = tokens[-1]
    if last.text == ":" or (len(tokens) > 1 and last.kind == PUNCT and tokens[-2].text == ":"):
        k = len(tokens) - 1 if last.text == ":" else len(tokens) - 2
        floor = previous.sentence(k)[0]
        for c in range(k - 1, floor - 1, -1):
            if is_cue(tokens[c]):
                mention = _phrase_before_cue(text, tokens, c, floor)
                if mention:
                    return Attribution(mention, tokens[c].text, "continuation", 0.75, tokens[c].end)
                break
        mention = _clause_subject(text, tokens, k, floor)
        if mention is not None and mention.kind != "unknown":
            return Attribution(mention, None, "continuation", 0.65)
        return None
    if previous.quote_tokens:
        q = previous.quote_tokens[-1]
        a = out.get(tokens[q].quote)
        # Only when the attributed quote is in the paragraph's last sentence.
        if a is not None and previous.sentence_of[q] == len(previous.sentences) - 1:
            return Attribution(a.mention, a.cue, "continuation", a.confidence * 0.7, a.cue_end)
        if previous.sentence_of[q] == len(previous.sentences) - 1:
            return None
        reported = _reported_speech(text, previous, len(previous.sentences) - 1)
        if reported is None and a is not None and _about_the_speaker_alone(previous, previous.sentence_of[q] + 1):
            # '"We are ready," said Ana Lima, the coach. Her team plays on
            # Sunday. / "The players are fit."': the writer's words after the
            # quote name no one else and report nothing, so the speaker goes on.
            return Attribution(a.mention, a.cue, "continuation", a.confidence * 0.6, a.cue_end)
        return reported
    reported = _reported_speech(text, previous, len(previous.sentences) - 1)
    if reported is None and len(previous.sentences) > 1 and _about_the_speaker_alone(previous, 1) \
            and all(previous.tokens[a].lower in ("he", "she", "his", "her") for a, _ in previous.sentences[1:]):
        # "Ana Lima, the coach, is confident. Her team plays on Sunday. /
        # '...'": a paragraph about one person, opened by their name and
        # going on with their pronoun, hands the quotation to them.
        first = _reported_speech(text, previous, 0)
        if first is not None:
            return Attribution(first.mention, first.cue, first.sieve, first.confidence * 0.9, first.cue_end)
    return reported


def _about_the_speaker_alone(block: Block, first: int) -> bool:
    """Do the sentences of ``block`` from ``first`` on hold no quotation, no
    cue, no capitalised word but those opening a sentence and the names of
    days and months, and no pronoun but one person's ("he", "her")?"""
    if first >= len(block.sentences):
        return False
    a = block.sentences[first][0]
    starts = {s for s, _ in block.sentences}
    for i in range(a, len(block.tokens)):
        tok = block.tokens[i]
        if tok.kind == QUOTE or (tok.kind == WORD and (is_cue(tok) or (tok.is_capitalized and i not in starts
                                                                        and tok.lower not in lexicon.WEEKDAYS
                                                                        and tok.lower not in lexicon.MONTHS)
                                                        or tok.lower in ("they", "their", "we", "our", "i"))):
            return False
    return True


def _issues_a_statement(tokens: list[Token], c: int, s1: int) -> bool:
    """'issued a statement', 'released a lengthy statement', 'put out a
    statement': a verb of issuing and, within three words, a statement's
    noun; its subject's words may follow, as after a verb of saying."""
    if tokens[c].lower not in lexicon.ISSUING_VERBS or not tokens[c].text[0].islower():
        return False
    return any(tokens[k].lower in lexicon.STATEMENT_NOUNS for k in range(c + 1, min(s1, c + 4)))


def _reported_speech(text: str, block: Block, sentence: int) -> Attribution | None:
    """'Chief Morales said it was possible.' and then the words themselves,
    in quotation marks with no cue: the one who said it, in reported
    speech, is speaking. Only a named person, a he/she or a body will do
    ("The ministry said it would appeal." and then its statement)."""
    s0, s1 = block.sentences[sentence]
    tokens = block.tokens
    for c in range(s0, s1):
        if _issues_a_statement(tokens, c, s1):
            pass  # "the DNC issued a statement apologizing ...", and then the statement
        elif not is_cue(tokens[c]) or (_is_weak(tokens[c]) and not _parenthetical(tokens, c, s0, s1)) \
                or _used_as_noun(tokens, c, s0):
            continue
        mention = _subject_of_cue(text, tokens, c, s0)
        if mention is not None and (mention.kind == PERSON and (
            mention.name or mention.pronoun in ("m", "f") or _holder_of_a_title(mention)
            or (mention.head and not is_people_noun(mention.head))  # "Swift's rep told Fox News that ..."
        ) or mention.kind == ORGANIZATION):
            return Attribution(mention, tokens[c].text, "reported_speech", 0.6, tokens[c].end)
        return None
    # No cue: a sentence about a named person (or a he or she), and then a
    # quotation ('Aderholt returned to the issue later in the hearing.
    # "What ..."', 'However, he defended his decision. "Well, ..."').
    found = _subject_range(tokens, s1, s0)
    opener = s0
    if s1 - s0 > 2 and tokens[s0 + 1].text == "," and tokens[s0].lower in _OPENING_ADVERBIALS:
        opener = s0 + 2  # "However, he defended his decision."
    elif tokens[s0].lower.endswith(("ed", "ing")) and len(tokens[s0].lower) > 4 and found is not None:
        # "Asked whether she would run again, Rosa Lin laughed.": a participle
        # clause opens the sentence; its comma, then the subject.
        comma = next((k for k in range(s0 + 1, found[0]) if tokens[k].text == ","), None)
        if comma is not None and comma + 1 == found[0]:
            opener = found[0]
    if found is None or found[0] != opener or not tokens[s0].is_capitalized:
        return None
    if tokens[s1 - 1].kind == WORD and not tokens[s1 - 1].text.endswith("."):
        return None  # "Budget row": a heading, which ends no sentence, is about no one
    named = name_in_commas(tokens, found[1], s1)
    if named is not None:
        # "The family's lawyer, Jeremy Robinson, had a short statement."
        mention = parse_speaker(text, tokens[named[0] : named[1]], tokens[found[0] : found[1]])
    else:
        mention = parse_speaker(text, tokens[found[0] : found[1]])
    if mention is not None and mention.kind == PERSON and (mention.name or mention.pronoun in ("m", "f")):
        return Attribution(mention, None, "previous_subject", 0.5)
    return None


def _parenthetical(tokens: list[Token], c: int, s0: int, s1: int) -> bool:
    """'Simultaneously, he continued, the government cut taxes': a cue and
    its one-word subject set off by commas inside the sentence report
    speech, whatever else the verb can mean ('he continued to work')."""
    return s0 < c - 2 and c + 1 < s1 and tokens[c - 2].text == "," and tokens[c + 1].text == "," \
        and tokens[c - 1].kind == WORD and (tokens[c - 1].lower in ("he", "she") or tokens[c - 1].is_capitalized)


def _holder_of_a_title(mention: SpeakerMention) -> bool:
    """'the governor', 'the former finance minister': one person the
    article speaks of by a title (ranks and offices, ``titles.txt``), whom
    the resolver finds by it; not 'a minister' nor 'the people'."""
    return bool(mention.head) and mention.text[:4].lower() == "the " and is_title(mention.head or "")


# The policy: the order in which the sieves run.
BLOCK_SIEVES: tuple[Callable[[str, Block, Placed], None], ...] = (
    trailing,
    leading,
    same_sentence,
    sentence_cue,
    adjacent,
    colon_subject,
    reported_speech,
)
PARAGRAPH_SIEVES: tuple[Callable[[Opening], Attribution | None], ...] = (conversation, continuation)
ARTICLE_SIEVES: tuple[Callable[[str, list[QuoteSpan], Paragraphs, Placed], None], ...] = (
    heading, posted_under, repeated, headline_subject)
# The labels a sieve gives besides its own name: the finer shapes it tells
# apart (continuation reads the sentence before as reported_speech does).
FINER_LABELS: dict[str, tuple[str, ...]] = {
    "trailing": ("dash",),
    "leading": (),
    "reported_speech": ("previous_subject",),
    "continuation": ("reported_speech", "previous_subject"),
}
# Every label a quote's attribution can carry.
SIEVE_LABELS: tuple[str, ...] = tuple(dict.fromkeys(
    [s.__name__ for s in (*BLOCK_SIEVES, *PARAGRAPH_SIEVES, *ARTICLE_SIEVES)]
    + [label for labels in FINER_LABELS.values() for label in labels]
))
# A quote placed by the words right next to it: even one that reads like a
# title ("Saturday Night Live") is a statement when a cue stands beside it.
STRONG_SIEVES = frozenset(("trailing", "leading"))
