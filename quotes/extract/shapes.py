"""The attribution sieves: each looks at one shape of attribution and either
decides or passes. ``attribute.py`` runs them in the declared order.
"""

from __future__ import annotations

import bisect

from ..language import lexicon
from ..models import DOCUMENT, ORGANIZATION, PERSON, UNKNOWN
from .cues import (
    _NAMING_CUES,
    _SPEECH_END,
    Attribution,
    Block,
    _according_to,
    _after_possessor,
    _cue_text,
    _inside_closed_relative,
    _introduces_next_quote,
    _is_weak,
    _pointed_out,
    _used_as_noun,
    is_cue,
)
from .speaker_phrase import SpeakerMention, parse_speaker
from .subjects import (
    _MAX_APPOSITIVE,
    _MAX_PHRASE,
    _acceptable,
    _is_head_noun,
    _is_passive,
    _named_last,
    _passive_agent,
    _phrase_after_cue,
    _plausible_subject,
    _sentence_subject,
    _subject_of_cue,
    is_clause_word,
    name_in_commas,
)
from .tokens import ASIDE, PUNCT, QUOTE, WORD, Token

_WEAK_CUE_REACH = 6
_NEAREST_CUES = 6  # cues each side of a quote that sentence_cue weighs  # tokens from a weak cue ("called", "described") to its quotation


_SENTENCE_PUNCT = frozenset(".!?;")


def trailing_cue(text: str, block: Block, qi: int) -> Attribution | None:
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
    put = _how_someone_put_it(text, tokens, j)
    if put is not None:
        return put
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
        if _according_to(tokens, j) and _speaker_before(text, block, qi):
            # 'Marmorato called it "heartbreaking," according to the Bronx
            # Times': the sentence's own speaker said it; "according to"
            # names where the report comes from (the sentence sieve reads it).
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
    # A name set off by an appositive ('Ana Lima, a fellow at the institute
    # in Lyon, France, and co-author of the study, said') reads further.
    reach = _MAX_PHRASE + 10 + (_MAX_APPOSITIVE if _name_then_comma(tokens, j, stop) else 0)
    k = j - 1
    while k + 1 < min(stop, j + reach):
        k += 1
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
            while phrase and (phrase[-1].lower in lexicon.CUE_ADVERBS or lexicon.is_manner_adverb(phrase[-1].text)):
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
            elif len(commas) > 1 and commas[-1] != len(phrase) - 1 and 2 <= commas[0] <= 4 \
                    and all(t.is_capitalized for t in phrase[: commas[0]]):
                # 'Kurinji Selvaraj, a research analyst at the Council on
                # Energy, Environment and Water think tank told': a name, then
                # an appositive with commas of its own and none to close it.
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
        if tok.kind == WORD and is_clause_word(tok):
            closing = _relative_clause_end(tokens, j, k, min(stop, j + reach))
            if closing is None:
                return None
            k = closing - 1  # 'Tomas Reyes, a Lisbon resident who posted photos, said': on to the comma
    if skipped_comma or inner.endswith(","):
        return _unknown_verb_credit(text, tokens, j, stop)
    return None


_RELATIVE_OPENERS = frozenset(("who", "whose", "which"))


def _how_someone_put_it(text: str, tokens: list[Token], j: int) -> Attribution | None:
    """'"...," was how Ana Lima put it', '"..." is how the minister
    described it': the subject between "how" and the verb of putting."""
    if j + 3 >= len(tokens) or tokens[j].lower not in ("was", "is") or tokens[j + 1].lower != "how":
        return None
    for v in range(j + 3, min(len(tokens), j + 9)):
        if tokens[v].kind != WORD:
            return None
        if tokens[v].lower in lexicon.PUTTING_VERBS:
            mention = parse_speaker(text, tokens[j + 2 : v])
            if mention is None or not _acceptable(mention):
                return None
            return Attribution(mention, tokens[v].text, "trailing", 0.75, tokens[v].end)
    return None


def _name_then_comma(tokens: list[Token], j: int, stop: int) -> bool:
    """Does the phrase after the quote open with a capitalised name and a
    comma ('Ana Lima, a ...')?"""
    k = j
    while k < stop and k - j < 5 and tokens[k].kind == WORD and tokens[k].is_capitalized:
        k += 1
    return k - j >= 2 and k < stop and tokens[k].text == ","


def _relative_clause_end(tokens: list[Token], j: int, k: int, stop: int) -> int | None:
    """Where a relative clause inside an appositive ends: 'Tomas Reyes, a
    Lisbon resident who posted photos of the fire, said' has its cue after
    the comma that closes the clause, not in it. None unless the clause
    word at ``k`` opens such a clause (after the name's comma, or right
    after a comma of its own: 'one fisherman, who asked not to be named,
    told') and a cue follows that comma."""
    if tokens[k].lower not in _RELATIVE_OPENERS or not (_name_then_comma(tokens, j, stop) or tokens[k - 1].text == ","):
        return None
    for m in range(k + 1, stop - 1):
        if tokens[m].kind == QUOTE or (tokens[m].kind == PUNCT and tokens[m].text in ".!?;:"):
            return None
        if tokens[m].text == ",":
            after = tokens[m + 1]
            return m if is_cue(after) and not _is_weak(after) else None
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
    if end < len(tokens) and tokens[end].kind == ASIDE and tokens[end].text[1:2] == "@":
        # "— Jane Roe (@janeroe) May 3, 2024": an embedded post's credit line,
        # its account, then its date, to the end.
        end += 1
        while end < len(tokens) and (tokens[end].text[:1].isdigit() or tokens[end].text == ","
                                     or tokens[end].lower.rstrip(".") in lexicon.MONTHS | lexicon.MONTH_ABBREVIATIONS):
            end += 1
    if end < len(tokens) and tokens[end].kind not in (PUNCT,):
        return None
    mention = parse_speaker(text, name, role or None)
    if mention is None or not mention.name or mention.kind not in (PERSON, ORGANIZATION):
        return None
    return Attribution(mention, None, "dash", 0.8)


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


def leading_cue(text: str, block: Block, qi: int) -> Attribution | None:
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
            named = name_in_commas(tokens, m, qi)
            if named is not None and m > c + 2:
                # 'According to his aunt, Jane Starner, "..."': the name, and
                # the words before it its role.
                mention = parse_speaker(text, tokens[named[0] : named[1]], tokens[c + 2 : m])
            else:
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
        if tok.kind == WORD and tok.lower in lexicon.SAYING_THAT_NOUNS and tokens[c + 1].lower == "that":
            owner = _possessor_before(tokens, c, floor)
            if owner is not None:
                # "Ana Lima's claim that the deal was "historic"", "Mr.
                # Trump's Oct. 11 announcement that ...": the possessor's
                # words, however far into the clause.
                if possessed is None:
                    possessed = owner + 1
                continue
        finder = None if is_cue(tok) else _document_that_finds(text, tokens, c, floor)
        if not is_cue(tok) and finder is None:
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
        mention = finder or _subject_of_cue(text, tokens, c, floor)
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


def _document_that_finds(text: str, tokens: list[Token], c: int, floor: int) -> SpeakerMention | None:
    """'The report found "serious failures"', 'A study showed the drug
    "reduced deaths"': the document that is the subject of a verb of
    finding at ``c``, if one is."""
    if tokens[c].lower not in lexicon.FINDING_WORDS:
        return None
    mention = _subject_of_cue(text, tokens, c, floor)
    return mention if mention is not None and mention.kind == DOCUMENT else None


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


def _possessor_before(tokens: list[Token], c: int, floor: int) -> int | None:
    """The possessor ("Lima's") right before the noun at ``c``, or before
    up to three words that say when or which ("Trump's Oct. 11
    announcement", "the minister's latest warning"): its index, else None."""
    for k in range(c - 1, max(floor, c - 4) - 1, -1):
        if _after_possessor(tokens, k + 1):
            return k
        word = tokens[k]
        if not (word.kind == WORD and (word.text[:1].isdigit() or word.is_capitalized or word.lower in lexicon.WHEN_OR_WHICH_WORDS)):
            return None
    return None



def _speaker_before(text: str, block: Block, qi: int) -> bool:
    """Does the quote's sentence, before it, have a verb of saying whose
    subject is a name or a he or she?"""
    tokens = block.tokens
    s0 = block.sentence(qi)[0]
    for c in block.cues(block.sentence_of[qi]):
        if c >= qi:
            break
        if c <= s0 or _used_as_noun(tokens, c, s0):
            continue
        if _is_weak(tokens[c]) and not 0 < qi - c <= _WEAK_CUE_REACH:
            continue
        mention = _subject_of_cue(text, tokens, c, s0)
        if mention is not None and (mention.name or mention.pronoun in ("m", "f")):
            return True
    return False


def sentence_cue_at(text: str, block: Block, qi: int) -> Attribution | None:
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
