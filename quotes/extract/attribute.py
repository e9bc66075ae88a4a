"""Attribution sieves: which words of the article name each quote's speaker.

Each sieve looks at one shape of attribution and either decides or passes;
the order in which ``attribute_block`` and ``attribute`` run them is the
policy, precise shapes first (after the manner of CoreNLP's
QuoteAttribution and the GenderGapTracker):

1. ``trailing``: the cue right after the quote ('"...," Hyde said',
   '"...," said Hyde', '"...," according to Hyde');
2. ``leading``: the cue right before it ('Hyde said: "..."', 'Hyde said
   that "..."', 'According to Hyde, "..."');
3. ``same_sentence``: another quote of the sentence already has a speaker
   (partial quotes, quotes split by their attribution);
4. ``sentence_cue``: a cue elsewhere in the sentence ('the release notes,
   including ... "in and around Boston."');
5. ``adjacent``: the sentence after an attribution ('"...," he said. "..."')
   and quotes sharing a paragraph with an attributed one;
6. ``conversation``: in a dialogue of quote paragraphs by two speakers, an
   unattributed line goes to the speaker two lines back (turn-taking);
7. ``continuation``: a quote paragraph with no cue of its own, after a
   paragraph that ended with an attributed quote or a colon introduction.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass

from ..models import ORGANIZATION, PERSON, UNKNOWN
from . import lexicon
from .mentions import SpeakerMention, is_agent_noun, is_title, parse_speaker
from .spans import Paragraphs, QuoteSpan
from .tokens import ASIDE, PUNCT, QUOTE, WORD, Token, sentence_bounds, tokenize

# Words that end a speaker phrase when reading backwards from a cue.
_BOUNDARY_WORDS = frozenset(
    """that and but or when as because while where after before if so which what
    who whom whose then than though although since until unless once even
    also yet nor for to in on at by with of from about""".split()
)
# A phrase read back from a cue that follows one of these is its object.
_OBJECT_PREPOSITIONS = frozenset("in of at by from with for on about to".split())
# 'in what both sides described as': a relative clause, its own subject.
_RELATIVE_WORDS = frozenset("what which who whom that whose".split())
# Words that cannot occur inside a speaker phrase read forwards after a quote.
_CLAUSE_WORDS = frozenset(
    """which that is was were are be been being if because when while who
    whom not don't didn't doesn't it this these those there here i you we
    me us what why how where would should could can will shall must""".split()
)
_PHRASE_STARTERS = frozenset(
    """the a an his her their its our one another some many several two three
    four five both each every other former""".split()
)
_SPEECH_END = frozenset(",?!—–-:")
# Places and channels: "on Facebook writing" is not Facebook writing.
_LOCATIVES = frozenset("on in at via during".split())
_DETERMINERS = frozenset("a an the this that these those his her its their our my your".split())
# After these a cue word is a noun: "agent in charge", "a statement", "his tweets".
_NOUN_MARKERS = _DETERMINERS | frozenset("in of for with without".split())


_MAX_PHRASE = 14
_WEAK_CUE_REACH = 6
_NEAREST_CUES = 6  # cues each side of a quote that sentence_cue weighs  # tokens from a weak cue ("called", "described") to its quotation
_MAX_APPOSITIVE = 20
# Tokens from a clause's start to its cue that the subject search reads: a
# subject lies within a few dozen words of its verb, and a bound keeps a
# run-on "sentence" of thousands of marks linear, not quadratic.
_MAX_CLAUSE = 60


@dataclass(slots=True)
class Attribution:
    mention: SpeakerMention
    cue: str | None
    sieve: str
    confidence: float
    cue_end: int = -1  # offset just after the cue word, for "said in a release"


def _used_as_noun(tokens: list[Token], c: int, floor: int) -> bool:
    if c <= floor or tokens[c].lower == "according":
        return False
    if tokens[c].lower.endswith("ing") and tokens[c - 1].lower in ("for", "of", "without"):
        return False  # 'known for telling others', 'accused of saying': the subject's own words
    return tokens[c - 1].lower in _NOUN_MARKERS or _after_possessor(tokens, c)


def _after_possessor(tokens: list[Token], c: int) -> bool:
    """"Trump's call", "the agency’s statement": a possessor makes a noun
    of a cue word (the tokenizer splits the verb of "she's said" off, so
    that stays a verb)."""
    before = tokens[c - 1].text
    return len(before) > 2 and before.endswith(("'s", "’s"))


def is_cue(tok: Token) -> bool:
    # Cue verbs are lower case inside a sentence; "Charge" in "Special Agent
    # in Charge" is part of a title. "Tweeted" keeps the brand's capital.
    return tok.kind == WORD and (tok.text[0].islower() or tok.text in lexicon.CAPITALISED_CUES) \
        and tok.lower in lexicon.CUE_WORDS


def _is_weak(tok: Token) -> bool:
    return tok.lower in lexicon.WEAK_CUE_WORDS


def _pointed_out(tokens: list[Token], c: int) -> bool:
    """'points out that ...': with its particle, "point" reports speech as
    "say" does, at any distance in the sentence."""
    return tokens[c].lower.startswith("point") and c + 1 < len(tokens) and tokens[c + 1].lower == "out"


def _according_to(tokens: list[Token], i: int) -> bool:
    return (
        i + 1 < len(tokens)
        and tokens[i].lower == "according"
        and tokens[i + 1].lower == "to"
    )


class Block:
    """Tokens of one paragraph (or of the paragraphs one quote runs over)."""

    def __init__(self, tokens: list[Token]) -> None:
        self.tokens = tokens
        self.sentences = sentence_bounds(tokens)
        self.sentence_of: list[int] = []
        for k, (a, b) in enumerate(self.sentences):  # (the sentences cover the tokens in order)
            self.sentence_of.extend([k] * (b - a))
        self.quote_tokens = [i for i, t in enumerate(tokens) if t.kind == QUOTE]
        self._cues: list[list[int]] | None = None

    def sentence(self, i: int) -> tuple[int, int]:
        return self.sentences[self.sentence_of[i]]

    def cue_lists(self) -> list[list[int]]:
        """Token indexes of the cue words of every sentence, in order, by
        sentence (built once for the block, so that finding a quote's cues
        costs a look-up, not a walk over the sentence: a paragraph of many
        quotes stays linear)."""
        if self._cues is None:
            self._cues = [[] for _ in self.sentences]
            cue_words = lexicon.CUE_WORDS
            for i, tok in enumerate(self.tokens):
                if tok.lower in cue_words and is_cue(tok):  # (the set first: most tokens are no cue)
                    self._cues[self.sentence_of[i]].append(i)
        return self._cues

    def cues(self, sentence: int) -> list[int]:
        return self.cue_lists()[sentence]


def _acceptable(mention: SpeakerMention | None, lenient: bool = False) -> bool:
    """A speaker must be a name, a pronoun, or a noun that can speak.

    This keeps the sieves from attributing a quote to "a box" or "the
    conference" when a cue word turns up in an unrelated phrase. Right
    next to a quote ('"...," one user wrote') the shape itself is evidence
    enough, so any determined noun phrase will do (``lenient``).
    """
    if mention is None:
        return False
    if mention.pronoun is not None or mention.name is not None or mention.kind != UNKNOWN:
        return True
    return lenient and mention.text.split()[0].lower() in _PHRASE_STARTERS


def _phrase_after_cue(text: str, tokens: list[Token], k: int, stop: int) -> SpeakerMention | None:
    """'said Matt Mackowiak, a veteran Republican strategist' -> mention."""
    while k < stop and tokens[k].lower in lexicon.CUE_ADVERBS | {"back", "on", "out", "in"}:
        if tokens[k].lower == "in" and k + 1 < stop and tokens[k + 1].lower not in ("a", "an", "the"):
            k += 1  # "chimed in" but not "said in a statement"
            continue
        if tokens[k].lower == "in":
            break
        k += 1
    phrase: list[Token] = []
    while k < stop and tokens[k].kind in (WORD, ASIDE) and len(phrase) < _MAX_PHRASE:
        if phrase and tokens[k].lower in _AFTER_CUE_STOPS:
            break  # 'a Trump supporter who runs ...', 'Sanders as he closed out'
        if len(phrase) > 1 and tokens[k].lower.endswith("ed") and k + 1 < stop and tokens[k + 1].lower == "by":
            break  # 'says the letter signed by seven physicians': the letter

        phrase.append(tokens[k])
        k += 1
    if not phrase or phrase[0].lower in _BOUNDARY_WORDS or phrase[0].lower in _CLAUSE_WORDS:
        return None
    appositive = None
    if k < stop and tokens[k].text == ",":
        m = k + 1
        app: list[Token] = []
        while m < stop and tokens[m].kind in (WORD, ASIDE) and len(app) < _MAX_APPOSITIVE:
            app.append(tokens[m])
            m += 1
        if app and app[0].lower not in _BOUNDARY_WORDS | {"and"}:
            appositive = app
    mention = parse_speaker(text, phrase, appositive)
    return mention if _acceptable(mention, lenient=True) else None


_AFTER_CUE_STOPS = frozenset(
    "who which that whose as when while because after before during since until".split()
)
_ADVERBIAL_ASIDES = frozenset("once again too however though also in turn meanwhile for his her part".split())


def _phrase_before_cue(text: str, tokens: list[Token], c: int, floor: int) -> SpeakerMention | None:
    """The subject read backwards from the cue at ``c``, not below ``floor``."""
    k = c - 1
    while k >= floor and (
        tokens[k].lower in lexicon.CUE_ADVERBS
        or tokens[k].lower in lexicon.TIME_WORDS
        or (tokens[k].lower.endswith("ly") and not tokens[k].is_capitalized)
        or (tokens[k].lower in ("on", "last", "this", "early", "late") and k + 1 < c and tokens[k + 1].lower in lexicon.TIME_WORDS)
    ):
        k -= 1  # "Trump on Saturday tweeted", "Hyde later said"
    if (
        k >= floor
        and tokens[k].lower in ("he", "she", "they", "we")
        and tokens[k].kind == WORD
        # not the subject of a clause reported by another: 'said he hoped'
        and not (k - 1 >= floor and (is_cue(tokens[k - 1]) or tokens[k - 1].lower in ("that", "whether", "if")))
    ):
        # '... at the time she described': a subject pronoun right before
        # the cue is the subject, whatever stands before it.
        mention = parse_speaker(text, [tokens[k]])
        if _acceptable(mention):
            return mention
    appositive = None
    if k >= floor and tokens[k].text == ",":
        # 'Clinton, during a town hall meeting in Columbus, Ohio, said': the
        # subject opens the clause and what lies between the commas is an
        # aside, often the speaker's role ('Jodi Cohen, the FBI's special
        # agent in charge, said').
        clause = floor
        for m in range(k - 1, floor - 1, -1):
            if tokens[m].kind == QUOTE or tokens[m].lower in ("and", "but", "that", "because", "while") or is_cue(tokens[m]):
                clause = m + 1  # (after "Police said", the driver's own clause)
                break
        found = _subject_range(tokens, k, clause)
        if found is not None:
            found = _with_prepositional_tail(tokens, found, k)
        if found is not None and found[1] < k and tokens[found[1]].text == ",":
            aside = [t for t in tokens[found[1] + 1 : k] if t.kind != PUNCT or t.text != ","]
            adverbial = all(t.lower in _ADVERBIAL_ASIDES for t in aside)
            mention = parse_speaker(text, tokens[found[0] : found[1]], None if adverbial else tokens[found[1] + 1 : k])
            if _acceptable(mention):
                return mention
        m = k - 1
        while m >= floor and tokens[m].kind in (WORD, ASIDE) and k - m <= _MAX_APPOSITIVE:
            m -= 1
        if not (m >= floor and tokens[m].text == "," and m + 1 < k):
            return None
        inner = tokens[m + 1 : k]
        if all(t.lower in _ADVERBIAL_ASIDES for t in inner):
            k = m - 1
        elif m - 1 >= floor and (tokens[m - 1].is_capitalized or tokens[m - 1].kind == ASIDE
                                 or tokens[m - 1].lower in lexicon.SUBJECT_PRONOUNS
                                 or (_is_head_noun(tokens[m - 1].lower) and _names_a_person(inner))):
            # 'his lawyer, Ana Lima, called it': the name in the commas is
            # the subject the role noun before it describes.
            appositive = inner
            k = m - 1
        else:
            return None
    end = k + 1
    while k >= floor and tokens[k].kind in (WORD, ASIDE) and end - k <= _MAX_PHRASE:
        low = tokens[k].lower
        if low in _BOUNDARY_WORDS and not (low in ("of", "for", "and", "in", "at", "on") and _inside_name_phrase(tokens, k, floor)) \
                and not (low in ("of", "for") and k - 1 >= floor and tokens[k - 1].lower in lexicon.SPEAKING_FOR_NOUNS):
            break  # (not in "the family of Sipho Ndlovu said": the family speaks)
        k -= 1
    phrase = tokens[k + 1 : end]
    if not phrase:
        return None
    if (
        k >= floor
        and tokens[k].lower in _OBJECT_PREPOSITIONS
        and appositive is None
        and phrase[0].lower not in _RELATIVE_WORDS
    ):
        # 'The authors of the research published in the journal JAMA
        # Psychiatry argued': the words before the cue are the object of a
        # preposition; the subject opens the clause.
        found = _subject_range(tokens, k, floor)
        if found is not None and found[1] <= k:
            mention = parse_speaker(text, tokens[found[0] : found[1]])
            if _acceptable(mention):
                return mention
    mention = parse_speaker(text, phrase, appositive)
    return mention if _acceptable(mention) else None


def _named_last(text: str, words: list[Token]) -> bool:
    """A segment that is a titled person's name ('Senator the Hon. Aubyn
    Hill'): it opens with a title and ends in two or more capitalised words."""
    if len(words) < 3 or not is_title(words[0].text):
        return False
    tail = [t for t in words if t.kind == WORD][-2:]
    return len(tail) == 2 and all(t.is_capitalized and not is_title(t.text) for t in tail)


def _names_a_person(words: list[Token]) -> bool:
    """Two to four capitalised words: a name set off by commas."""
    return 2 <= len(words) <= 4 and all(t.kind == WORD and t.is_capitalized for t in words)


def _inside_name_phrase(tokens: list[Token], k: int, floor: int) -> bool:
    """'of'/'and' inside a title: 'Special Agent in Charge of the FBI'."""
    prev = tokens[k - 1] if k - 1 >= floor else None
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    return bool(prev and nxt and prev.is_capitalized and (nxt.is_capitalized or nxt.lower == "the"))


def _cue_text(text: str, tokens: list[Token], c: int) -> str:
    if _according_to(tokens, c):
        return "according to"
    return tokens[c].text


_SENTENCE_PUNCT = frozenset(".!?;")


def trailing(text: str, block: Block, qi: int) -> Attribution | None:
    tokens = block.tokens
    n = len(tokens)
    j = qi + 1
    skipped_comma = False
    if j < n and tokens[j].kind == PUNCT and tokens[j].text in _DASHES:
        credit = _dash_credit(text, tokens, j + 1)
        if credit is not None:
            return credit
    while j < n and tokens[j].kind == PUNCT and tokens[j].text in _SPEECH_END:
        skipped_comma = True
        j += 1
    if j >= n or tokens[j].kind != WORD:
        return None  # (another quotation next: most marks of a text of many quotes stop here)
    inner = tokens[qi].text.rstrip("”\"»'’ ")
    speechlike = skipped_comma or (bool(inner) and inner[-1] in _SPEECH_END)
    stop = n
    skipped = False  # one quoted modifier at most: a run of them is no speaker's phrase
    for m in range(j, n):
        if tokens[m].kind == QUOTE and not skipped and m < j + _MAX_PHRASE and _modifier_quote(tokens, m):
            skipped = True
            continue  # 'Bill Eastland, wearing "Ted Cruz" campaign pins, said'
        if tokens[m].kind == QUOTE or (tokens[m].kind == PUNCT and tokens[m].text in ".!?;:("):
            stop = m
            break
    confidence = 0.95 if speechlike else 0.75
    if is_cue(tokens[j]) or _according_to(tokens, j):
        if _is_weak(tokens[j]) and not speechlike:
            return None
        if tokens[j].lower.endswith("ing") and not _according_to(tokens, j):
            # '... as "fantastic," telling reporters ...': a participle's
            # doer is the sentence's subject; what follows is its object.
            s0 = block.sentence(qi)[0]
            mention = _sentence_subject(text, tokens, j, s0) if s0 < qi else None
            if mention is None:
                return None
            return Attribution(mention, tokens[j].text, "trailing", confidence * 0.9, tokens[j].end)
        k = j + (2 if _according_to(tokens, j) else 1)
        mention = _phrase_after_cue(text, tokens, k, stop)
        if mention is None:
            return None
        return Attribution(mention, _cue_text(text, tokens, j), "trailing", confidence, tokens[j].end)
    for k in range(j, min(stop, j + _MAX_PHRASE + 10)):
        tok = tokens[k]
        if (is_cue(tok) and not _used_as_noun(tokens, k, j)) or _according_to(tokens, k):
            if k == j or (_is_weak(tok) and not speechlike):
                return None
            if _introduces_next_quote(tokens, k):
                return None  # 'Mills then writes back, "You look cute."'
            if not speechlike and (stop - k > 3 or (stop < n and tokens[stop].kind == QUOTE and stop - k > 1)):
                # '"... ." He also said Trump's plan ...': a new sentence with
                # its own reported clause, not this quote's attribution.
                return None
            phrase = tokens[j:k]
            while phrase and phrase[-1].lower in lexicon.CUE_ADVERBS:
                phrase = phrase[:-1]
            if not phrase:
                return None
            appositive = None
            commas = [m for m, t in enumerate(phrase) if t.text == ","]
            if len(commas) >= 2 and commas[-1] == len(phrase) - 1 and _named_last(text, phrase[commas[-2] + 1 : commas[-1]]):
                # 'Minister of Industry, Investment and Commerce, Senator the
                # Hon. Aubyn Hill, told': a role with commas, then the name.
                appositive = phrase[: commas[-2]]
                phrase = phrase[commas[-2] + 1 : commas[-1]]
            elif len(commas) == 2 and commas[1] == len(phrase) - 1:
                appositive = phrase[commas[0] + 1 : commas[1]]
                phrase = phrase[: commas[0]]
            elif len(commas) == 1 and commas[0] > 0 and phrase[commas[0] - 1].is_capitalized:
                # 'Sam Lau, the communications director for the party said'
                appositive = phrase[commas[0] + 1 :]
                phrase = phrase[: commas[0]]
            elif len(commas) > 2 and commas[-1] == len(phrase) - 1 and commas[0] > 0 and phrase[commas[0] - 1].is_capitalized:
                # 'Nathaniel Pieper, senior vice president of fleet, finances
                # and alliances at Alaska, said': a role with commas of its own.
                appositive = phrase[commas[0] + 1 : commas[-1]]
                phrase = phrase[: commas[0]]
            elif commas:
                return None
            if not phrase or not _plausible_subject(phrase):
                return None
            mention = parse_speaker(text, phrase, appositive)
            if not _acceptable(mention, lenient=True):
                return None
            return Attribution(mention, _cue_text(text, tokens, k), "trailing", confidence, tok.end)
        if tok.kind == WORD and tok.lower in _CLAUSE_WORDS:
            return None
    if skipped_comma or inner.endswith(","):
        return _unknown_verb_credit(text, tokens, j, stop)
    return None


# After "Ola Berg grinned": the sentence goes on in another clause.
_CLAUSE_GOES_ON = frozenset((",", "and", "as", "before", "while", "then"))


def _unknown_verb_credit(text: str, tokens: list[Token], j: int, stop: int) -> Attribution | None:
    """'"Bring it on," grinned striker Ola Berg.' and '"...," Ola Berg
    beamed.': after a quotation that ends in a comma, a past-tense verb no
    list holds, next to a name that ends the sentence, reports the words.
    Without this the quote took the speaker of the quote before."""
    if stop - j > _MAX_PHRASE + 2:
        return None
    verb = tokens[j]
    if verb.kind == WORD and verb.text.islower() and verb.text.endswith("ed") and len(verb.text) > 4:
        mention = _phrase_after_cue(text, tokens, j + 1, stop)
        if mention is not None and mention.name and mention.kind == PERSON:
            return Attribution(mention, verb.text, "trailing", 0.85, verb.end)
        return None
    m = j
    while m < stop and tokens[m].kind == WORD and (tokens[m].is_capitalized or tokens[m].lower in lexicon.NAME_PARTICLES):
        m += 1
    if j < m < stop and (m + 1 == stop or tokens[m + 1].lower in _CLAUSE_GOES_ON) and tokens[m].kind == WORD \
            and tokens[m].text.islower() and tokens[m].text.endswith("ed") and len(tokens[m].text) > 4:
        mention = parse_speaker(text, tokens[j:m])
        if mention is not None and mention.name and mention.kind == PERSON:
            return Attribution(mention, tokens[m].text, "trailing", 0.85, tokens[m].end)
    return None


def _modifier_quote(tokens: list[Token], m: int) -> bool:
    """A short quotation between two words, as a name or a title used as a
    modifier ('a "Ted Cruz" pin'), not a statement of its own."""
    return (
        0 < m < len(tokens) - 1
        and tokens[m - 1].kind == WORD
        and tokens[m + 1].kind == WORD
        and len(tokens[m].text.split()) <= 3
        and tokens[m].text.rstrip("”\"’' ")[-1:].isalnum()
    )


_DASHES = frozenset("—–-")


def _dash_credit(text: str, tokens: list[Token], k: int) -> Attribution | None:
    """'"We will rebuild the bridge." — Maria Lopes, city engineer': a
    quotation credited after a dash, as pull quotes and epigraphs are. Only
    a name, with an optional role after a comma, up to the end."""
    end = k
    while end < len(tokens) and tokens[end].kind == WORD:
        end += 1
    name = tokens[k:end]
    role: list[Token] = []
    if end < len(tokens) and tokens[end].text == ",":
        rest = end + 1
        while rest < len(tokens) and tokens[rest].kind in (WORD, PUNCT) and tokens[rest].text not in ".!?;:":
            rest += 1
        role = [t for t in tokens[end + 1 : rest] if t.kind == WORD]
        end = rest
    if not name or len(name) > 4 or not all(t.is_capitalized for t in name):
        return None
    if end < len(tokens) and tokens[end].kind not in (PUNCT,):
        return None
    mention = parse_speaker(text, name, role or None)
    if mention is None or not mention.name or mention.kind not in (PERSON, ORGANIZATION):
        return None
    return Attribution(mention, None, "dash", 0.8)


def _introduces_next_quote(tokens: list[Token], k: int) -> bool:
    """Is the cue at ``k`` followed, within a few words, by ',' or ':' and a
    quotation? Then it attributes that quotation, not the one before it."""
    for m in range(k + 1, min(len(tokens), k + 6)):
        tok = tokens[m]
        if tok.kind == QUOTE:
            return tokens[m - 1].text in (",", ":")
        if tok.kind == PUNCT and tok.text in ".!?;":
            return False
    return False


def _plausible_subject(phrase: list[Token]) -> bool:
    first = phrase[0]
    if first.kind != WORD:
        return False
    if not (
        first.is_capitalized
        or first.lower in _PHRASE_STARTERS
        or first.lower in lexicon.SUBJECT_PRONOUNS
        or (first.text in lexicon.NAME_PARTICLES and len(phrase) > 1 and phrase[-1].is_capitalized)  # "de la Cruz said"
        or (_is_head_noun(first.lower) and len(phrase) > 1 and phrase[1].is_capitalized)  # "delegate Rosa Mendes said"
    ):
        return False
    if len(phrase) > _MAX_PHRASE:
        return False
    for tok in phrase:
        if tok.lower in _CLAUSE_WORDS and tok.lower not in lexicon.SUBJECT_PRONOUNS:
            return False
        if tok.kind == PUNCT and tok.text not in ("'", "’", "-", "&", "."):
            return False
    return True


_NAMING_CUES = frozenset(
    form for form in lexicon.WEAK_CUE_WORDS
    if form.startswith(("call", "dub", "label", "brand", "describ", "term", "refer", "characteri", "portray", "assail",
                        "derid"))
)


def _in_the_words_of(text: str, tokens: list[Token], floor: int, comma: int) -> Attribution | None:
    """'In the words of Nelson Mandela, "..."' and 'In Mandela's words,
    "..."': a source named before the quote, as "according to" names one."""
    if tokens[floor].lower != "in" or comma - floor > 8:
        return None  # (most quotes stop here, at no cost)
    lowers = [t.lower for t in tokens[floor:comma]]
    if lowers[:4] == ["in", "the", "words", "of"] and len(lowers) > 4:
        name = tokens[floor + 4 : comma]
    elif len(lowers) > 2 and lowers[-1] == "words" and tokens[comma - 2].text.endswith(("'s", "’s")):
        name = tokens[floor + 1 : comma - 1]
    else:
        return None
    mention = parse_speaker(text, name)
    if mention is None or not mention.name:
        return None
    return Attribution(mention, "in the words of", "leading", 0.9, tokens[comma].start)


def leading(text: str, block: Block, qi: int) -> Attribution | None:
    tokens = block.tokens
    k = qi - 1
    if k < 0 or tokens[k].kind == QUOTE:
        return None  # (right after another quotation: nothing of the writer's before it)
    if tokens[k].kind == PUNCT and tokens[k].text in ".!?":
        return None
    s0, _ = block.sentence(qi)
    # A colon introduction may end the previous "sentence" for our splitter.
    floor = block.sentence(k)[0] if k < s0 else s0
    if tokens[k].text in (":", ",") and tokens[floor].text[:1].isupper():
        inverted = _inverted_cue(text, tokens, floor, k)
        if inverted is not None:
            return inverted
    if tokens[k].text == ",":
        words_of = _in_the_words_of(text, tokens, floor, k)
        if words_of is not None:
            return words_of
    possessed: int | None = None  # a possessor's cue noun right before the quote
    for c in range(k, max(floor, qi - 12) - 1, -1):
        tok = tokens[c]
        if tok.kind == QUOTE:
            if tokens[k].text == ":":
                break  # 'Buckley, on the set of "Fargo," had a similar experience:'
            return None
        if tok.kind == PUNCT and tok.text in _SENTENCE_PUNCT and c != k:
            return None
        if _according_to(tokens, c):
            m = c + 2
            while m < qi and tokens[m].kind in (WORD, ASIDE):
                m += 1
            mention = parse_speaker(text, tokens[c + 2 : m]) if m > c + 2 else None
            if _acceptable(mention):
                return Attribution(mention, "according to", "leading", 0.9, tok.end)
            return None
        if tok.kind == WORD and tok.text in lexicon.SEEING_AS_WORDS and _as_right_before(tokens, qi):
            # 'Ward sees the lineup as its "Achilles heel"': his view; but
            # 'suggesting the senator sees issues as "..."' is the words of
            # whoever suggests it, found further back.
            if any(is_cue(t) for t in tokens[floor:c]):
                continue
            mention = _subject_of_cue(text, tokens, c, floor)
            if mention is not None:
                return Attribution(mention, tok.text, "leading", 0.8, tok.end)
            continue
        if not is_cue(tok):
            continue
        if c > floor and _after_possessor(tokens, c):
            # "Hitler's demands for more "living space"": the possessor's
            # words, when they follow the noun; not "Trump's call with
            # Zelensky as "improper"", a thing someone else characterised.
            # Only when no verb of saying stands before it in the sentence
            # ("Ryan told reporters Ginsburg's comments "show bias"").
            if possessed is None and qi - c <= 3 and not any(t.lower == "as" for t in tokens[c + 1 : qi]):
                possessed = c
            continue
        if _used_as_noun(tokens, c, floor):
            continue  # "a written statement", "his tweets"
        if _inside_closed_relative(tokens, c, qi, floor):
            continue  # 'the plan, which some have argued was a ploy, was an "insult"'
        between = tokens[c + 1 : qi]
        if _is_weak(tok) and tok.lower not in _NAMING_CUES:
            # "continue", "post", "read": cues only with a comma, a colon or
            # a dash; "accused Obama of "...", "praised her as "...": with of/as.
            if not between or not (between[-1].text in (",", ":", "—", "–") or _of_or_as_complement(between)):
                continue
        if _is_passive(tokens, c, floor):
            # 'The plan was called "a disaster" by Senator Lima': what was
            # called is not who called it; the agent follows 'by', if named.
            mention = _passive_agent(text, tokens, qi, block.sentence(qi)[1])
            if mention is None:
                return None
            return Attribution(mention, tok.text, "leading", 0.8, tok.end)
        mention = _subject_of_cue(text, tokens, c, floor)
        if mention is None:
            continue  # "a handwritten note": a noun, not this quote's cue
        return Attribution(mention, tok.text, "leading", 0.9 if qi - c <= 3 else 0.8, tok.end)
    if possessed is not None and not any(
        # (a bounded look back: a sentence of many such quotes stays linear)
        is_cue(t) and not _used_as_noun(tokens, i, floor)
        for i, t in enumerate(tokens[max(floor, possessed - 40) : possessed], max(floor, possessed - 40))
    ):
        mention = parse_speaker(text, [tokens[possessed - 1]])
        if _acceptable(mention) and mention.kind != UNKNOWN:
            return Attribution(mention, tokens[possessed].text, "leading", 0.8, tokens[possessed].end)
    if tokens[k].text == ":":
        # 'Cruz called them on it:' — the sentence subject introduces the quote.
        mention = _sentence_subject(text, tokens, k, floor)
        if mention is not None:
            return Attribution(mention, None, "leading", 0.7)
    return None


_AS_FILLERS = frozenset("a an the its his her their our part of one".split())


def _as_right_before(tokens: list[Token], qi: int) -> bool:
    """Is the quotation the complement of "as": 'as its "...', 'as part
    of the "..."'?"""
    k = qi - 1
    while k >= 0 and qi - k <= 4 and tokens[k].kind == WORD and tokens[k].lower in _AS_FILLERS:
        k -= 1
    return k >= 0 and tokens[k].lower == "as"


def _of_or_as_complement(between: list[Token]) -> bool:
    """'accused Sanders of subjecting her to an "..."', 'praised her as
    "...": the quotation completes the cue's "of" or "as" phrase."""
    return len(between) <= 8 and all(t.kind == WORD for t in between) and any(
        t.lower in ("of", "as") for t in between
    )


def _inverted_cue(text: str, tokens: list[Token], floor: int, k: int) -> Attribution | None:
    """'Continued Stone: "..."', 'Added the spokesman, "..."': the cue opens
    the sentence, capitalised, and the speaker stands between it and the
    colon or comma before the quotation."""
    cue = tokens[floor]
    if not (tokens[k].text in (":", ",") and cue.kind == WORD and cue.text[:1].isupper()
            and cue.lower in lexicon.CUE_WORDS and not cue.lower.endswith("ing")
            and (not _is_weak(cue) or cue.lower.endswith("ed"))):  # "Continued Stone:", not "State Department:"
        return None
    phrase = tokens[floor + 1 : k]
    if not 1 <= len(phrase) <= 5 or not all(
        t.kind == WORD and (t.is_capitalized or t.lower in ("the", "a", "an") or _is_head_noun(t.lower)) for t in phrase
    ):
        return None
    mention = parse_speaker(text, phrase)
    if not _acceptable(mention):
        return None
    return Attribution(mention, cue.text, "leading", 0.9, cue.end)


def _relative_antecedent(text: str, tokens: list[Token], c: int, floor: int) -> SpeakerMention | None:
    """'Netanyahu's Likud party, which tried ... by saying': the participle's
    doer is what ', which' or ', who' stands for, not the sentence's subject."""
    for w in range(c - 1, max(floor, c - _MAX_APPOSITIVE) - 1, -1):
        if tokens[w].kind == QUOTE or is_cue(tokens[w]):
            return None
        if tokens[w].lower in ("which", "who") and w - 1 > floor and tokens[w - 1].text == ",":
            # The noun phrase right before the comma: "the mayor",
            # "Netanyahu's Likud party".
            start = w - 2
            while start >= floor and tokens[start].kind == WORD and (
                tokens[start].is_capitalized or tokens[start].lower in _DETERMINERS or _is_head_noun(tokens[start].lower)
            ):
                start -= 1
            phrase = tokens[start + 1 : w - 1]
            if len(phrase) > 1 and phrase[0].text.endswith(("'s", "’s")):
                phrase = phrase[1:]  # "Netanyahu's Likud party": the party, not its leader
            mention = parse_speaker(text, phrase) if phrase else None
            return mention if _acceptable(mention) and mention.kind != UNKNOWN else None  # type: ignore[union-attr]
    return None


# 'allowed Mosseri to claim', 'prompted Lima to declare': verbs whose object
# then does the saying (not 'wants/expects Obama to announce').
_LETTING_VERBS = frozenset(
    """allow allowed allows allowing let lets prompt prompted prompts prompting
    lead led leads leading force forced forces urge urged urges ask asked asks
    invite invited invites encourage encouraged encourages cause caused causes
    spur spurred inspire inspired challenge challenged push pushed""".split()
)
_BE_FORMS = frozenset("is are was were be been being".split())


def _is_passive(tokens: list[Token], c: int, floor: int) -> bool:
    """A naming cue in the passive: 'was called', 'has been widely described'."""
    if tokens[c].lower not in _NAMING_CUES or not tokens[c].lower.endswith("ed"):
        return False
    p = c - 1
    while p > floor and (tokens[p].lower.endswith("ly") or tokens[p].lower in ("also", "since", "often", "once")):
        p -= 1
    return p >= floor and tokens[p].lower in _BE_FORMS


def _passive_agent(text: str, tokens: list[Token], qi: int, stop: int) -> SpeakerMention | None:
    """'"heartbreaking" by the conservation department': the agent after
    'by' right behind the quote."""
    k = qi + 1
    if k < stop and tokens[k].text == ",":
        k += 1
    if k + 1 < stop and tokens[k].lower == "by":
        mention = _phrase_after_cue(text, tokens, k + 1, stop)
        if _acceptable(mention):
            return mention
    return None


def _subject_of_cue(text: str, tokens: list[Token], c: int, floor: int) -> SpeakerMention | None:
    """Who performs the cue at ``c``.

    'Hyde said' reads the phrase before the cue; a participle ('..., saying')
    or a second verb ('X denounced her record and said') takes the sentence's
    subject, unless a name stands right before it ('Ryan saying').
    """
    p = c - 1
    while p > floor and not tokens[p].is_capitalized and (tokens[p].lower.endswith("ly") or tokens[p].lower in lexicon.CUE_ADVERBS):
        p -= 1  # "Trump reportedly yelling", "but now said"
    prev = tokens[p] if p >= floor else None
    if tokens[c].lower.endswith("ing"):
        if prev is not None and prev.lower == "and":
            # '... with Trump tweeting that ... and asking, "..."': the
            # participles share their doer.
            earlier = next((m for m in range(c - 1, max(floor, c - 30) - 1, -1)
                            if is_cue(tokens[m]) and tokens[m].lower.endswith("ing")), None)
            if earlier is not None:
                return _subject_of_cue(text, tokens, earlier, floor)
        with_doer = _with_doer(text, tokens, p, floor)
        if with_doer is not None:
            return with_doer
        # "Ryan saying", but not "on Facebook writing".
        run_start = p
        while run_start > floor and tokens[run_start - 1].is_capitalized:
            run_start -= 1
        after_preposition = run_start > floor and tokens[run_start - 1].lower in _LOCATIVES
        if prev is not None and not after_preposition and (prev.is_capitalized or prev.lower in ("he", "she", "they")):
            mention = _phrase_before_cue(text, tokens, c, floor)
            if mention is not None:
                return mention
        relative = _relative_antecedent(text, tokens, c, floor)
        if relative is not None:
            return relative
        # 'The effort stalled, and he has battled ..., calling': the
        # participle belongs to the last clause joined by ", and".
        clause = next((m + 2 for m in range(c - 2, floor, -1)
                       if tokens[m].text == "," and tokens[m + 1].lower in ("and", "but")), floor)
        return (
            (_sentence_subject(text, tokens, c, clause) if clause > floor else None)
            or _sentence_subject(text, tokens, c, floor)
            or _clause_subject(text, tokens, c, floor)
        )
    if prev is not None and prev.lower == "to" and not tokens[c].lower.endswith(("ed", "s")):
        # 'allowed Mosseri to claim ...', 'prompted Ana Lima to declare ...':
        # the name right before 'to' speaks; 'wants to say': the subject.
        run_start = p
        while run_start - 1 >= floor and tokens[run_start - 1].kind == WORD and tokens[run_start - 1].is_capitalized:
            run_start -= 1
        if run_start < p:
            if run_start - 1 < floor or tokens[run_start - 1].lower not in _LETTING_VERBS:
                return None  # 'would like Trump to explain': the words are not his
            mention = parse_speaker(text, tokens[run_start:p])
            return mention if _acceptable(mention) else None
        return _sentence_subject(text, tokens, c, floor)
    mention = _phrase_before_cue(text, tokens, c, floor)
    if mention is None and prev is not None and prev.lower in ("and", "but"):
        # 'X started the rant when he brought up ... and later said': the
        # verb's subject is the subordinate clause's, else the sentence's.
        mention = _subordinate_subject(text, tokens, p, floor) or _sentence_subject(text, tokens, c, floor)
    if mention is None and prev is not None and prev.kind == QUOTE and p > floor:
        # 'Perry, who wore a cape reading "I'm with her," shouted, "..."':
        # a quoted phrase ends the subject's clause; the subject opens it.
        mention = _sentence_subject(text, tokens, c, floor)
    if mention is None and prev is not None and prev.lower == "who" and c - 2 >= floor:
        # 'Rikkie Wells who tweeted': the relative pronoun stands for the name.
        mention = _phrase_before_cue(text, tokens, c - 1, floor)
    return mention


_RELATIVES = frozenset("which who whom whose".split())


def _inside_closed_relative(tokens: list[Token], c: int, qi: int, floor: int) -> bool:
    """Is the cue inside ', which ... ,' and the quote after that clause?
    Then the clause is an aside and the quote belongs to the main verb."""
    opener = next((m for m in range(c - 1, max(floor, c - 12) - 1, -1) if tokens[m].kind != WORD), None)
    if opener is None or tokens[opener].text != "," or opener + 1 >= c or tokens[opener + 1].lower not in _RELATIVES:
        return False
    return any(t.text == "," for t in tokens[c + 1 : qi])


def _after_dateline(tokens: list[Token], floor: int, c: int) -> int:
    """Where the sentence starts after a wire story's dateline: capitalised
    place words and the agency in brackets, then a dash ("KABUL, Afghanistan
    (AP) —", "Washington (AFP) –")."""
    for b in range(floor, min(c, floor + 7)):
        tok = tokens[b]
        if tok.text in ("—", "–", "-"):
            span = tokens[floor:b]
            if span and any(t.kind == ASIDE for t in span):
                return b + 1
            return floor
        if not (tok.kind == ASIDE or tok.text == "," or (tok.kind == WORD and tok.is_capitalized)):
            return floor
    return floor


_SUBORDINATORS = frozenset("when while after before because since although though as once until".split())


def _subordinate_subject(text: str, tokens: list[Token], p: int, floor: int) -> SpeakerMention | None:
    """The pronoun or name right after the last subordinating word before
    ``p`` (the "and" of a coordinated verb), within a few words."""
    for m in range(p - 1, max(floor, p - 15) - 1, -1):
        tok = tokens[m]
        if tok.kind != WORD:
            return None
        if tok.lower in _SUBORDINATORS and m + 1 < p:
            nxt = tokens[m + 1]
            if nxt.lower in ("he", "she", "they") or nxt.is_capitalized:
                mention = parse_speaker(text, [nxt])
                return mention if _acceptable(mention) else None
            return None
    return None


def _with_doer(text: str, tokens: list[Token], p: int, floor: int) -> SpeakerMention | None:
    """'..., with Mayor Tran reportedly shouting:': after "with", the phrase
    before a participle is who does it, not the sentence's subject."""
    w = p
    while w >= floor and p - w < 6 and tokens[w].kind == WORD and tokens[w].lower != "with":
        w -= 1
    if w < floor or w == p or tokens[w].lower != "with" or tokens[w].kind != WORD:
        return None
    mention = parse_speaker(text, tokens[w + 1 : p + 1])
    return mention if _acceptable(mention) and mention.kind in (PERSON, ORGANIZATION) else None


_OPENING_ADVERBIALS = frozenset(
    """in on at after before during last earlier later since when while as
    for with from by under over yesterday today meanwhile still but and so
    then now also however instead afterward afterwards separately asked
    again indeed yet if unless although though because once until whereas
    whether likewise moreover furthermore otherwise nevertheless
    nonetheless overall""".split()
)
_CLAUSE_OPENERS = frozenset("if that when whether because as while although though who which what".split())
_DETERMINER_OPENERS = frozenset("a an the another one".split())
_HEAD_NOUNS = lexicon.PERSON_NOUNS | lexicon.TITLE_WORDS | lexicon.ORGANIZATION_NOUNS | lexicon.DOCUMENT_NOUNS


def _is_head_noun(word: str) -> bool:
    """A noun that can head a subject: "official", "vice-chancellor"."""
    return word in _HEAD_NOUNS or ("-" in word and word.rsplit("-", 1)[-1] in _HEAD_NOUNS) or is_agent_noun(word)


def _subject_range(tokens: list[Token], c: int, floor: int) -> tuple[int, int] | None:
    """Token range of the subject of the clause that starts at ``floor``.

    The words before the cue are cut at commas; opening adverbials ("In
    2010,", "At a rally in Birmingham,"), place appositions (", Alabama,")
    and participle phrases are skipped, and the subject is read from the
    start of the first segment left: a pronoun, a run of capitalised words,
    or a determiner and its head noun ("The councilor").
    """
    if c - floor > _MAX_CLAUSE:
        return None
    floor = _after_dateline(tokens, floor, c)
    segments: list[tuple[int, int]] = []
    start = floor
    for m in range(floor, c):
        if tokens[m].kind == QUOTE or (tokens[m].kind == PUNCT and tokens[m].text in ",—–;:"):
            segments.append((start, m))
            start = m + 1
    segments.append((start, c))
    previous_capitalized = False
    for a, b in segments:
        words = [i for i in range(a, b) if tokens[i].kind == WORD]
        if not words:
            continue
        first = tokens[words[0]]
        low = first.lower
        place = previous_capitalized and len(words) <= 2 and all(tokens[i].is_capitalized for i in words)
        previous_capitalized = tokens[words[-1]].is_capitalized
        if (
            place
            or tokens[words[-1]].lower == "ago"  # "Eight years ago, he ..."
            or low in _OPENING_ADVERBIALS
            or (low.endswith(("ing", "ed")) and len(low) > 5
                and not (low.endswith("ed") and len(words) > 1 and tokens[words[1]].is_capitalized))  # "Retired Army Col. ..."
            or (low.endswith("ly") and len(words) == 1)
            or first.text[:1].isdigit()
        ):
            if low.endswith("ing") and len(low) > 5:
                # 'Speaking on Morning Ireland he bypassed the question': a
                # participle phrase with no comma after it, then the subject
                # (not a pronoun of a clause inside it: 'saying that he').
                for i in words[1:]:
                    if tokens[i].lower in _CLAUSE_OPENERS:
                        break
                    if tokens[i].lower in ("he", "she", "they", "we"):
                        return i, i + 1
            continue
        k = words[0]
        if low in ("he", "she", "they", "we"):
            return k, k + 1
        venue = next((v for v in range(k + 1, min(b, k + 5)) if tokens[v].text in lexicon.VENUE_NOUNS), None)
        if venue is not None and venue + 1 < b and tokens[venue + 1].is_capitalized \
                and all(tokens[i].kind == WORD and not tokens[i].is_capitalized for i in range(k + 1, venue)):
            # "Popular drinking hole The Idle Hour will be closing": the
            # subject runs to the end of the business's name.
            end = venue + 1
            while end < b and tokens[end].kind == WORD and (tokens[end].is_capitalized or tokens[end].lower in ("of", "and")):
                end += 1
            return k, end
        end = k
        while end < b and tokens[end].kind in (WORD, ASIDE):
            tok = tokens[end]
            if tok.kind == WORD and not tok.is_capitalized and tok.lower not in ("of", "the") and end > k:
                # Modifiers between a determiner and its head: "A second
                # senior official" (up to three, and only when a head follows).
                head = end
                while low in _DETERMINER_OPENERS and head < min(b, end + 3) and tokens[head].kind == WORD \
                        and not _is_head_noun(tokens[head].lower) and not tokens[head].is_capitalized:
                    head += 1
                if head > end and head < b and tokens[head].kind == WORD and _is_head_noun(tokens[head].lower):
                    end = head + 1
                # A run of head nouns is one head: "the acting head", "chief executive".
                role_end = end
                while end < b and (tokens[end].kind == WORD and _is_head_noun(tokens[end].lower)
                                   or tokens[end].lower in lexicon.ROLES_BEFORE_NAMES):
                    end += 1
                if end > role_end and tokens[k].is_capitalized:
                    # "Republican presidential hopeful Sen. Ted Cruz": a role
                    # in lower case between a party and the name it leads to.
                    name_end = end
                    while name_end < b and tokens[name_end].kind == WORD and tokens[name_end].is_capitalized:
                        name_end += 1
                    if name_end - end >= 2:
                        end = name_end
                break
            end += 1
        return (k, end) if end > k else None
    return None


def _with_prepositional_tail(tokens: list[Token], found: tuple[int, int], c: int) -> tuple[int, int]:
    """'The leader of the union, ...', 'The head of the IMF, ...': the
    prepositional phrase up to the comma is the subject's."""
    start, end = found
    if end < c and tokens[end].lower in ("of", "for", "at"):
        stop = next((m for m in range(end, min(c, end + 8)) if tokens[m].kind != WORD), None)
        if stop is not None and tokens[stop].text == ",":
            return start, stop
    return found


def _sentence_subject(text: str, tokens: list[Token], c: int, floor: int) -> SpeakerMention | None:
    """The subject of the sentence's main clause, for cues like '..., saying'
    or 'X denounced her record and said'."""
    found = _subject_range(tokens, c, floor)
    if found is None:
        return None
    appositive = None
    found = _with_prepositional_tail(tokens, found, c)
    if found[1] < c and tokens[found[1]].text == ",":
        # 'The leader of the union, Maeve Dunne, condemned ..., saying'
        close = next((m for m in range(found[1] + 1, min(c, found[1] + _MAX_APPOSITIVE)) if tokens[m].text == ","), None)
        if close is not None:
            appositive = tokens[found[1] + 1 : close]
    mention = parse_speaker(text, tokens[found[0] : found[1]], appositive)
    return mention if _acceptable(mention) else None


def _clause_subject(text: str, tokens: list[Token], c: int, floor: int) -> SpeakerMention | None:
    """The nearest name or pronoun before ``c`` in its sentence."""
    k = c - 1
    while k >= floor:
        tok = tokens[k]
        if tok.kind == WORD and (tok.lower in ("he", "she", "they") or tok.is_capitalized):
            end = k + 1
            while k - 1 >= floor and tokens[k - 1].kind == WORD and tokens[k - 1].is_capitalized:
                k -= 1
            start = k
            while start < end and tokens[start].lower in lexicon.NON_NAME_WORDS - {"he", "she", "they"}:
                start += 1
            if start < end:
                mention = parse_speaker(text, tokens[start:end])
                if _acceptable(mention):
                    return mention
        k -= 1
    return None


def sentence_cue(text: str, block: Block, qi: int) -> Attribution | None:
    """A cue anywhere in the quote's sentence, outside quotation marks;
    the nearest one whose subject can be read wins."""
    tokens = block.tokens
    s0, s1 = block.sentence(qi)
    cues = block.cues(block.sentence_of[qi])
    k = bisect.bisect_left(cues, qi)
    # The nearest cues on either side, at most a few of each: the three
    # nearest usable ones are among them.
    nearby = cues[max(0, k - _NEAREST_CUES) : k + _NEAREST_CUES]
    candidates = []
    for c in nearby:
        tok = tokens[c]
        if _is_weak(tok) and not 0 < qi - c <= _WEAK_CUE_REACH and not _pointed_out(tokens, c):
            # 'described this as the "worst case scenario"': a weak cue
            # governs a quotation only close after it.
            continue
        if _used_as_noun(tokens, c, s0) or (c < qi and _inside_closed_relative(tokens, c, qi, s0)):
            continue
        candidates.append(c)
    candidates.sort(key=lambda c: abs(c - qi))
    for c in candidates[:3]:
        mention = _subject_of_cue(text, tokens, c, s0)
        if mention is None and c > s0 and (tokens[c - 1].kind == QUOTE or tokens[c - 1].text == ","):
            # '"...," says Jennifer Johnson' and '"..." trying to keep
            # students safe, says Jennifer Johnson': the speaker follows.
            mention = _phrase_after_cue(text, tokens, c + 1, s1)
            if mention is not None and tokens[c - 1].text == "," and mention.name is None:
                mention = None
        if mention is not None:
            return Attribution(mention, tokens[c].text, "sentence_cue", 0.7, tokens[c].end)
    return _according_to_after(text, tokens, qi, s1)


_MIN_SOURCED_WORDS = 4


def _according_to_after(text: str, tokens: list[Token], qi: int, s1: int) -> Attribution | None:
    """'"sickness, a falling tide ..." are all thought to contribute,
    according to the Department of Conservation.': the source a sentence
    ends on is the source of the quotation in it. The walk stops at the
    next quotation, so a sentence of many quotes is read once. A word or
    two in quotation marks ('140 million "businesses"') is the writer's
    scare quote, not the source's words."""
    if len(text[tokens[qi].start : tokens[qi].end].split()) < _MIN_SOURCED_WORDS:
        return None
    for m in range(qi + 1, s1):
        if tokens[m].kind == QUOTE:
            return None
        if _according_to(tokens, m) and tokens[m - 1].text == ",":
            end = m + 2
            while end < s1 and tokens[end].kind in (WORD, ASIDE):
                end += 1
            if end < s1 and tokens[end].text not in ".!?":
                return None  # the source of a clause that goes on, not of the sentence
            mention = parse_speaker(text, tokens[m + 2 : end]) if end > m + 2 else None
            if _acceptable(mention):
                return Attribution(mention, "according to", "sentence_cue", 0.7, tokens[m + 1].end)
            return None
    return None


def attribute_block(text: str, block: Block, out: dict[int, Attribution]) -> None:
    """Run the sieves over the quotes of one block, in policy order."""
    tokens = block.tokens
    quotes = block.quote_tokens
    last = len(tokens) - 1
    for qi in quotes:
        if (qi == 0 or tokens[qi - 1].kind == QUOTE) and (qi == last or tokens[qi + 1].kind == QUOTE):
            continue  # between two quotations, no words of the writer's to read (a text of many marks)
        found = trailing(text, block, qi) or leading(text, block, qi)
        if found:
            out[tokens[qi].quote] = found
    # Quotes of one sentence share a speaker.
    placed = [q for q in quotes if tokens[q].quote in out]
    for qi in quotes if placed else ():
        if tokens[qi].quote in out:
            continue
        mate = _nearest(placed, qi, lambda q: block.sentence_of[q] == block.sentence_of[qi])
        if mate is not None:
            a = out[tokens[mate].quote]
            out[tokens[qi].quote] = Attribution(a.mention, a.cue, "same_sentence", a.confidence * 0.95, a.cue_end)
    # (A sentence with no cue and no "according to" has nothing for it to
    # find: a paragraph of many bare quotations skips the search.)
    according: bool | None = None  # read once, and only for a quote with no cue in its sentence
    cues_of = block.cue_lists()
    for qi in quotes:
        if tokens[qi].quote in out:
            continue
        if not cues_of[block.sentence_of[qi]]:
            if according is None:
                according = "ccording" in text[tokens[0].start : tokens[-1].end]
            if not according:
                continue
        found = sentence_cue(text, block, qi)
        if found:
            out[tokens[qi].quote] = found
    # '"...," he said. "..."' and other quotes of an attributed paragraph:
    # the nearest attributed quote before, else the first one after.
    placed = [q for q in quotes if tokens[q].quote in out]
    for qi in quotes if placed else ():
        if tokens[qi].quote in out:
            continue
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
    # 'Trump deflected with a non sequitur: "..."': a colon hands the
    # sentence to a quotation; its subject, when it names someone, speaks.
    for qi in quotes:
        if qi == 0 or tokens[qi - 1].text != ":" or tokens[qi].quote in out:
            continue
        s0 = block.sentences[block.sentence_of[qi]][0]
        while s0 < qi - 1 and tokens[s0].lower in ("but", "and", "so", "then", "yet", "still", "meanwhile"):
            s0 += 1  # "But Trump deflected": the subject after the conjunction
        if s0 + 1 < qi - 1 and tokens[s0].lower in _OPENING_ADVERBIALS and tokens[s0 + 1].text == ",":
            s0 += 2  # "Likewise, a paper from the Brookings Institution had this to say:"
        found = _subject_range(tokens, qi - 1, s0)
        if found is None or found[0] != s0 or not (tokens[s0].is_capitalized or tokens[s0].lower in _DETERMINER_OPENERS):
            continue
        mention = parse_speaker(text, tokens[found[0] : found[1]])
        if mention is not None and mention.name and mention.kind in (PERSON, ORGANIZATION):
            out[tokens[qi].quote] = Attribution(mention, None, "colon_subject", 0.6)
    # A quote that opens a sentence after one in reported speech, in the
    # same paragraph: 'Scott added that the events would draw many. "..."'
    with_quotes = {block.sentence_of[q] for q in quotes}
    for qi in quotes:
        s = block.sentence_of[qi]
        if s == 0 or block.sentences[s][0] != qi or tokens[qi].quote in out:
            continue
        if s - 1 in with_quotes:
            continue
        found = _reported_speech(text, block, s - 1)
        if found is not None:
            out[tokens[qi].quote] = found


def _own_cue_before(block: Block, qi: int) -> bool:
    """Does a verb of saying stand before the quote in its own sentence?"""
    s0 = block.sentences[block.sentence_of[qi]][0]
    tokens = block.tokens
    return any(
        s0 <= c < qi and not _is_weak(tokens[c])
        and (tokens[c - 1].lower in ("that", "which", "who") or not _used_as_noun(tokens, c, s0))  # "a piece that noted"
        for c in block.cues(block.sentence_of[qi])
    )


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


def attribute(text: str, spans: list[QuoteSpan], paragraphs: Paragraphs) -> dict[int, Attribution]:
    """Attributions by span index, for the spans the sieves could place."""
    out: dict[int, Attribution] = {}
    previous: Block | None = None
    previous_para = -2
    # The speakers of the last two paragraphs when each was a run of dialogue
    # (a paragraph that opens with a quote), for turn-taking.
    turns: list[tuple[int, Attribution | None]] = []
    span_paragraphs = [span.paragraph for span in spans]  # in order
    for block_start_para, block_end_para, first_span in _blocks(spans, paragraphs):
        lo = paragraphs.starts[block_start_para]
        hi = paragraphs.ends[block_end_para]
        block = Block(tokenize(text, lo, hi, spans, first_span))
        attribute_block(text, block, out)
        qi = block.quote_tokens[0]
        opens_with_quote = qi == 0
        if opens_with_quote and block.tokens[qi].quote not in out and block_start_para > 0:
            inherited = _take_turn(turns, block_start_para)
            if inherited is None:
                # A paragraph that opens with an unattributed quote continues
                # the speaker of the paragraph before it, when that one ended
                # with an attributed quote or an introduction ('Cruz
                # continued:').
                if previous_para != block_start_para - 1:
                    a, b = paragraphs.bounds(block_start_para - 1)
                    previous = Block(tokenize(text, a, b, spans, len(spans)))
                if previous is not None:
                    inherited = _inherit(text, previous, out)
                if inherited is None and block_start_para > 1 and previous is not None and _names_no_one(previous):
                    # One paragraph of the writer's own that names no one
                    # and reports nothing may stand between a speaker's
                    # quote and the next paragraph of their words.
                    a, b = paragraphs.bounds(block_start_para - 2)
                    first = bisect.bisect_left(span_paragraphs, block_start_para - 2)
                    inherited = _inherit(text, Block(tokenize(text, a, b, spans, first)), out)
            if inherited is not None:
                for q in block.quote_tokens:
                    if block.tokens[q].quote not in out:
                        out[block.tokens[q].quote] = inherited
        if opens_with_quote:
            turns = (turns + [(block_end_para, out.get(block.tokens[qi].quote))])[-2:]
        else:
            turns = []
        previous, previous_para = block, block_end_para
    _credit_headings(text, spans, paragraphs, out)
    return out


# A paragraph that is only a quotation, perhaps numbered: '6. "The Gordon problem"'.
_HEADING_WORDS = 10
_HEADING_RE = re.compile(r"\s*(?:\d{1,2}[.)]\s*)?[\"“‘']?")


def _credit_headings(text: str, spans: list[QuoteSpan], paragraphs: Paragraphs, out: dict[int, Attribution]) -> None:
    """A quotation standing alone as a paragraph with no cue is a heading
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
    return _reported_speech(text, previous, len(previous.sentences) - 1)


def _reported_speech(text: str, block: Block, sentence: int) -> Attribution | None:
    """'Chief Morales said it was possible.' and then the words themselves,
    in quotation marks with no cue: the one who said it, in reported
    speech, is speaking. Only a named person or a he/she will do."""
    s0, s1 = block.sentences[sentence]
    tokens = block.tokens
    for c in range(s0, s1):
        if not is_cue(tokens[c]) or _is_weak(tokens[c]) or _used_as_noun(tokens, c, s0):
            continue
        mention = _subject_of_cue(text, tokens, c, s0)
        if mention is not None and mention.kind == PERSON and (mention.name or mention.pronoun in ("m", "f")):
            return Attribution(mention, tokens[c].text, "reported_speech", 0.6, tokens[c].end)
        return None
    # No cue: a sentence about a named person (or a he or she), and then a
    # quotation ('Aderholt returned to the issue later in the hearing.
    # "What ..."', 'However, he defended his decision. "Well, ..."').
    found = _subject_range(tokens, s1, s0)
    opener = s0
    if s1 - s0 > 2 and tokens[s0 + 1].text == "," and tokens[s0].lower in _OPENING_ADVERBIALS:
        opener = s0 + 2  # "However, he defended his decision."
    if found is None or found[0] != opener or not tokens[s0].is_capitalized:
        return None
    mention = parse_speaker(text, tokens[found[0] : found[1]])
    if mention is not None and mention.kind == PERSON and (mention.name or mention.pronoun in ("m", "f")):
        return Attribution(mention, None, "previous_subject", 0.5)
    return None


def _blocks(spans: list[QuoteSpan], paragraphs: Paragraphs):
    """(first paragraph, last paragraph, first span index) of each run of
    paragraphs that quotes hold together."""
    i = 0
    n = len(spans)
    while i < n:
        para = spans[i].paragraph
        last = para + spans[i].paragraphs - 1
        first_span = i
        i += 1
        while i < n and spans[i].paragraph <= last:
            if spans[i].paragraphs > 1:  # (most quotes stay in their paragraph)
                last = max(last, spans[i].paragraph + spans[i].paragraphs - 1)
            i += 1
        yield para, last, first_span
