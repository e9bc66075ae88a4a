"""Who a cue's subject is: the speaker phrase read backwards from a cue
('Patricia H. Hyde said'), forwards after it ('said Matt Mackowiak, a
strategist'), or as the subject of the clause that holds it ('The authors of
the study argued').
"""

from __future__ import annotations

from ..language import lexicon
from ..language.namelists import is_place, mostly_person_nouns
from ..models import DOCUMENT, ORGANIZATION, PERSON, UNKNOWN
from .cues import _DETERMINERS, _NAMING_CUES, _RELATIVES, _used_as_noun, is_cue
from .namewords import _is_acronym, clean_word, is_agent_noun, is_people_noun, is_title
from .speaker_phrase import SpeakerMention, parse_speaker
from .tokens import ASIDE, PUNCT, QUOTE, WORD, Token

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
# Places and channels: "on Facebook writing" is not Facebook writing.
_LOCATIVES = frozenset("on in at via during".split())


_MAX_PHRASE = 14
_MAX_APPOSITIVE = 20
# Tokens from a clause's start to its cue that the subject search reads: a
# subject lies within a few dozen words of its verb, and a bound keeps a
# run-on "sentence" of thousands of marks linear, not quadratic.
_MAX_CLAUSE = 60


def is_clause_word(tok: Token) -> bool:
    """A word that opens a clause ("who", "that"); not initials in
    capitals that spell one ("WHO said": the World Health Organization)."""
    return tok.lower in _CLAUSE_WORDS and not _is_acronym(tok.text)


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
        if phrase and ((tokens[k].lower in _AFTER_CUE_STOPS and not _is_acronym(tokens[k].text)) or tokens[k].lower in _DEICTIC_DAYS
                       or lexicon.is_manner_adverb(tokens[k].text)):
            break  # 'a Trump supporter who runs ...', 'Sanders as he closed out', 'the minister firmly'
        if len(phrase) > 1 and tokens[k].lower.endswith("ed") and k + 1 < stop and tokens[k + 1].lower == "by":
            break  # 'says the letter signed by seven physicians': the letter

        phrase.append(tokens[k])
        k += 1
    if not phrase or (phrase[0].lower in _BOUNDARY_WORDS and not _is_acronym(phrase[0].text)) or is_clause_word(phrase[0]):
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


# Days named from today end a phrase after the cue: "said the minister yesterday".
_DEICTIC_DAYS = frozenset("yesterday today tonight tomorrow".split())
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
        or (tokens[k].lower.endswith("ly") and not tokens[k].is_capitalized
            and not (k - 1 >= floor and tokens[k - 1].lower in _DETERMINERS))  # (not "the family", "an ally")
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
    relative = _relative_clause_before(tokens, k, floor)
    if relative is not None:
        # '"...," a resident, who asked not to be named, told AFP': a
        # relative clause between commas describes the subject before it.
        k = relative
    if k >= floor and tokens[k].text == ",":
        # 'Clinton, during a town hall meeting in Columbus, Ohio, said': the
        # subject opens the clause and what lies between the commas is an
        # aside, often the speaker's role ('Jodi Cohen, the FBI's special
        # agent in charge, said').
        clause = floor
        for m in range(k - 1, floor - 1, -1):
            if tokens[m].kind == QUOTE or (tokens[m].lower in ("and", "but", "that", "because", "while")
                                           and not (tokens[m].lower == "and" and _inside_name_phrase(tokens, m, floor))) \
                    or (is_cue(tokens[m]) and not _used_as_noun(tokens, m, floor)):
                # (after "Police said", the driver's own clause; not "The
                # report, ...", nor the "and" of two names: "Her sons, Chris
                # Larkin and Toby Stephens, said")
                clause = m + 1
                break
        found = _subject_range(tokens, k, clause)
        if found is not None:
            found = _with_prepositional_tail(tokens, found, k)
        if found is not None and found[1] < k and tokens[found[1]].text == ",":
            aside = [t for t in tokens[found[1] + 1 : k] if t.kind != PUNCT or t.text != ","]
            adverbial = all(t.lower in _ADVERBIAL_ASIDES for t in aside)
            mention = parse_speaker(text, tokens[found[0] : found[1]],
                                    None if adverbial else _first_of_two_appositions(tokens[found[1] + 1 : k]))
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
        elif m - 1 >= floor and not _a_location(tokens, m - 1, floor) \
                and (tokens[m - 1].is_capitalized or tokens[m - 1].kind == ASIDE
                                 or tokens[m - 1].lower in lexicon.SUBJECT_PRONOUNS
                                 or ((_is_head_noun(tokens[m - 1].lower) or is_people_noun(tokens[m - 1].lower))
                                     and _names_a_person(inner))):
            # 'his lawyer, Ana Lima, called it': the name in the commas is
            # the subject the role noun before it describes.
            appositive = inner
            k = m - 1
        else:
            return None
    end = k + 1
    while k >= floor and (tokens[k].kind in (WORD, ASIDE) or (tokens[k].text == "%" and k + 1 < end)) \
            and end - k <= _MAX_PHRASE:  # ("31% of voters said")
        low = tokens[k].lower
        if low in _BOUNDARY_WORDS and not (low in ("of", "for", "and", "in", "at", "on") and _inside_name_phrase(tokens, k, floor)) \
                and not (low in ("of", "for") and k - 1 >= floor and tokens[k - 1].lower in lexicon.SPEAKING_FOR_NOUNS) \
                and not (low in ("on", "for") and _a_brief(tokens, k, end)) \
                and not (low == "of" and k - 1 >= floor and tokens[k - 1].lower in lexicon.SHARE_HEADS):
            break  # (not in "the family of Sipho Ndlovu said": the family speaks; nor "70 percent of voters")
        if low in lexicon.SAYING_FORMS and k > floor and appositive is None and (
                not tokens[k - 1].is_capitalized or tokens[k - 1].lower in lexicon.SUBJECT_PRONOUNS):
            # "Afterwards, he said the company had assured him it remained
            # '...'": words another reports are the reporter's (as "Becky
            # Quick said the front-runner had referred to ... as '...'"
            # always was, by the name in the phrase); "It said preliminary
            # findings showed '...'" is the it's.
            outer = _phrase_before_cue(text, tokens, k, floor)
            if outer is not None:
                return outer
        k -= 1
    if k - 2 >= floor and tokens[k].text == "," and tokens[k - 1].lower in lexicon.SAYING_FORMS \
            and not tokens[k - 1].is_capitalized and (k - 3 < floor or tokens[k - 3].text == ",") \
            and (tokens[k - 2].lower in lexicon.SUBJECT_PRONOUNS or tokens[k - 2].is_capitalized) and appositive is None:
        # "In the shops, he said, strangers told him that '...'": a report
        # set off by a parenthetical "he said" is all the he's (as the
        # annotation guides read words reported inside another's report).
        outer = _phrase_before_cue(text, tokens, k - 1, floor)
        if outer is not None:
            return outer
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


def _first_of_two_appositions(aside: list[Token]) -> list[Token]:
    """'His opponent, Sarah Kelly, a former teacher, says': of a name and a
    second description after it (opening with "a", "an" or "the"), the
    name, which the first description goes with."""
    comma = next((m for m, t in enumerate(aside) if t.text == ","), None)
    if comma is None or comma + 1 >= len(aside) or aside[comma + 1].lower not in ("a", "an", "the"):
        return aside
    name = aside[:comma]
    return name if 2 <= len(name) <= 4 and all(t.kind == WORD and t.is_capitalized for t in name) else aside


def _relative_clause_before(tokens: list[Token], k: int, floor: int) -> int | None:
    """', who asked not to be named,' ending at the comma ``k``: the index of
    the last word before the clause's opening comma, else None. (The clause
    holds no quotation and no comma of its own; 'that' opens too many other
    clauses to count.)"""
    if k < floor or tokens[k].text != ",":
        return None
    for m in range(k - 1, max(floor, k - _MAX_APPOSITIVE) - 1, -1):
        if tokens[m].kind == QUOTE or (tokens[m].kind == PUNCT and tokens[m].text != "-"):
            if tokens[m].text == "," and m + 1 < k and tokens[m + 1].lower in _RELATIVES and m - 1 >= floor \
                    and tokens[m - 1].kind == WORD:
                return m - 1
            return None
    return None


_LOCATION_PREPOSITIONS = frozenset("in at from near outside of".split())


def _a_location(tokens: list[Token], k: int, floor: int) -> bool:
    """'... in Munich, Germany, and co-author of the study, said': a place
    after a comma or a preposition is where someone is, not who speaks
    ('Bay Buchanan, national treasurer, called' is a name that is also a
    place's)."""
    return k - 1 >= floor and is_place(clean_word(tokens[k].text)) \
        and (tokens[k - 1].text == "," or tokens[k - 1].lower in _LOCATION_PREPOSITIONS)


def name_in_commas(tokens: list[Token], i: int, stop: int) -> tuple[int, int] | None:
    """'his aunt, Jane Starner,': where the comma at ``i`` sets off two to
    four capitalised words and a comma closes them, their [start, end)."""
    if i >= stop or tokens[i].text != ",":
        return None
    n = i + 1
    while n < stop and tokens[n].kind == WORD and tokens[n].is_capitalized and n - i <= 4:
        n += 1
    if 2 <= n - i - 1 <= 4 and n < stop and tokens[n].text == ",":
        return i + 1, n
    return None


def _named_last(text: str, words: list[Token]) -> bool:
    """A segment that is a titled person's name ('Senator the Hon. Aubyn
    Hill'): it opens with a title and ends in two or more capitalised words."""
    if len(words) < 3 or not is_title(words[0].text):
        return False
    tail = [t for t in words if t.kind == WORD][-2:]
    return len(tail) == 2 and all(t.is_capitalized and not is_title(t.text) for t in tail)


def _names_a_person(words: list[Token]) -> bool:
    """Two to four capitalised words: a name set off by commas; or two such
    names joined by "and" ("Her sons, Chris Larkin and Toby Stephens,")."""
    joined = next((k for k, t in enumerate(words) if t.lower == "and"), None)
    if joined is not None:
        return _names_a_person(words[:joined]) and _names_a_person(words[joined + 1 :])
    return 2 <= len(words) <= 4 and all(t.kind == WORD and t.is_capitalized for t in words)


def _inside_name_phrase(tokens: list[Token], k: int, floor: int) -> bool:
    """'of'/'and' inside a title: 'Special Agent in Charge of the FBI'."""
    prev = tokens[k - 1] if k - 1 >= floor else None
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    return bool(prev and nxt and prev.is_capitalized and (nxt.is_capitalized or nxt.lower == "the"))


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
        if is_clause_word(tok) and tok.lower not in lexicon.SUBJECT_PRONOUNS:
            return False
        if tok.kind == PUNCT and tok.text not in ("'", "’", "-", "&", "."):
            return False
    return True


def _relative_antecedent(text: str, tokens: list[Token], c: int, floor: int,
                         place: bool = False) -> SpeakerMention | None:
    """'Netanyahu's Likud party, which tried ... by saying': the participle's
    doer is what ', which' or ', who' stands for, not the sentence's subject.
    ``place``: a place may be it ("angered Kenya, which called it ...")."""
    for w in range(c - 1, max(floor, c - _MAX_APPOSITIVE) - 1, -1):
        if tokens[w].kind == QUOTE or is_cue(tokens[w]):
            return None
        if tokens[w].lower in ("which", "who") and w - 1 > floor and tokens[w - 1].text == ",":
            # The noun phrase right before the comma: "the mayor",
            # "Netanyahu's Likud party".
            start = w - 2
            while start >= floor and tokens[start].kind == WORD and (
                tokens[start].is_capitalized or tokens[start].lower in _DETERMINERS or _is_head_noun(tokens[start].lower)
                # (capitals joined by "of": "the Bank of England", "Sen. Marco Rubio of Florida")
                or (tokens[start].lower == "of" and start - 1 >= floor and tokens[start - 1].is_capitalized
                    and tokens[start + 1].is_capitalized)
            ):
                start -= 1
            phrase = tokens[start + 1 : w - 1]
            if len(phrase) > 1 and phrase[0].text.endswith(("'s", "’s")):
                phrase = phrase[1:]  # "Netanyahu's Likud party": the party, not its leader
            mention = parse_speaker(text, phrase) if phrase else None
            return mention if _acceptable(mention) and (place or mention.kind != UNKNOWN) else None  # type: ignore[union-attr]
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
    if tokens[c].lower in lexicon.INSCRIPTION_PARTICIPLES and prev is not None \
            and (prev.lower in lexicon.INSCRIPTIONS or prev.lower[:-1] in lexicon.INSCRIPTIONS):
        # 'Protesters held placards reading "Hands off"': the placards say
        # it, not the people holding them.
        noun = tokens[p]
        return SpeakerMention(noun.text, noun.start, noun.end, DOCUMENT, None,
                              head=noun.lower if noun.lower in lexicon.INSCRIPTIONS else noun.lower[:-1])
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
    if prev is not None and prev.lower in ("who", "which") and p - 1 > floor and tokens[p - 1].text == "," \
            and not (tokens[c].lower in _NAMING_CUES and c + 1 < len(tokens) and tokens[c + 1].lower in lexicon.PHRASAL_PARTICLES):
        # 'The ruling angered Ana Lima, who said', 'angered Kenya, which
        # called it': the relative pronoun stands for the phrase before the
        # comma, not the sentence's subject.
        relative = _relative_antecedent(text, tokens, c, floor, place=True)
        if relative is not None:
            return relative
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


def _after_dateline(tokens: list[Token], floor: int, c: int) -> int:
    """Where the sentence starts after a wire story's dateline: capitalised
    place words and the agency in brackets, or a place in capitals, then a
    dash ("KABUL, Afghanistan (AP) —", "Washington (AFP) –", "JAKARTA —"),
    a date between them ("SEOUL, March 5 (Yonhap) --"); or a place in
    capitals and a colon ("NEW DELHI:")."""
    for b in range(floor, min(c, floor + 9)):
        tok = tokens[b]
        if tok.text in ("—", "–", "-"):
            span = tokens[floor:b]
            if span and (any(t.kind == ASIDE for t in span) or (span[0].text.isupper() and len(span[0].text) > 1)):
                # ("JAKARTA —", "LAGOS, Nigeria —": a place in capitals opens
                # a dateline; "--" is two dashes.)
                return b + 2 if b + 1 < c and tokens[b + 1].text == "-" else b + 1
            return floor
        if tok.text == ":" and b > floor and all(t.kind == WORD and t.text.isupper() and len(t.text) > 1
                                                 for t in tokens[floor:b]):
            return b + 1  # "NEW DELHI:", "MUMBAI:": a place in capitals and a colon
        if not (tok.kind == ASIDE or tok.text == "," or (tok.kind == WORD and tok.is_capitalized)
                or (tok.kind == WORD and tok.text.isdigit() and len(tok.text) <= 2 and b > floor
                    and (tokens[b - 1].lower in lexicon.MONTHS or tokens[b - 1].lower.rstrip(".") in lexicon.MONTH_ABBREVIATIONS))):
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
    """A noun that can head a subject: "official", "vice-chancellor", and
    WordNet's nouns for a person ("the dean", "the vicar", "the midwife")."""
    return word in _HEAD_NOUNS or ("-" in word and word.rsplit("-", 1)[-1] in _HEAD_NOUNS) or is_agent_noun(word) \
        or word in mostly_person_nouns()


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
                # (An owner's name opens a description as a determiner does:
                # "South Korea's unification ministry".)
                opener = low in _DETERMINER_OPENERS or tokens[end - 1].text.endswith(("'s", "’s"))
                while opener and head < min(b, end + 3) and tokens[head].kind == WORD \
                        and not _is_head_noun(tokens[head].lower) and not tokens[head].is_capitalized:
                    head += 1
                if head > end and head < b and tokens[head].kind == WORD and _is_head_noun(tokens[head].lower):
                    end = head + 1

                # A run of head nouns is one head: "the acting head", "chief
                # executive"; a word between two of them is the second's ("The
                # IMF's senior mission chief").
                role_end = end
                while end < b and (tokens[end].kind == WORD and _is_head_noun(tokens[end].lower)
                                   or tokens[end].lower in lexicon.ROLES_BEFORE_NAMES
                                   or (end > role_end and end + 1 < b and tokens[end].kind == WORD
                                       and not tokens[end].is_capitalized and tokens[end].lower not in lexicon.FUNCTION_WORDS
                                       and tokens[end + 1].kind == WORD
                                       and not tokens[end + 1].is_capitalized and _is_head_noun(tokens[end + 1].lower))):
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
    """'The leader of the union, ...', 'The head of the IMF, ...', 'The
    Special Adviser to the Governor on Environment, ...': the prepositional
    phrase up to the comma is the subject's."""
    start, end = found
    if end < c and (tokens[end].lower in ("of", "for", "at") or (tokens[end].lower == "on" and _a_brief(tokens, end, c))
                    or (tokens[end].lower == "to" and tokens[end - 1].lower in lexicon.ROLES_TO_SOMEONE)
                    or (tokens[end].lower == "on" and tokens[end - 1].is_capitalized and _an_office_s_brief(tokens, end, c))):
        stop = next((m for m in range(end, min(c, end + 8)) if tokens[m].kind != WORD), None)
        if stop is not None and tokens[stop].text == ",":
            return start, stop
    return found


def _an_office_s_brief(tokens: list[Token], k: int, c: int) -> bool:
    """Is the "on" at ``k``, after an office in capitals, its brief in
    capitals up to a comma ("to the Governor on Environment,"), not a day
    ("the Governor on Monday")?"""
    stop = next((m for m in range(k + 1, min(c, k + 6)) if tokens[m].kind != WORD), None)
    brief = tokens[k + 1 : stop] if stop is not None else []
    return bool(brief) and tokens[stop].text == "," and all(
        t.is_capitalized and t.lower not in lexicon.TIME_WORDS and t.lower not in lexicon.WEEKDAYS
        and t.lower not in lexicon.MONTHS for t in brief)


def _a_brief(tokens: list[Token], k: int, end: int) -> bool:
    """Is the "on" or "for" at ``k`` a brief after a spokesman's or a
    minister's noun ("spokesperson on health", "shadow minister for
    health"), not a time ("the minister on Monday")?"""
    return k >= 1 and tokens[k - 1].lower in lexicon.BRIEF_ON_NOUNS and k + 1 < end \
        and tokens[k + 1].lower not in lexicon.TIME_WORDS and not tokens[k + 1].text[:1].isdigit()


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
