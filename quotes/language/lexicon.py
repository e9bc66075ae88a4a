"""Word lists the extractor reads: data, not code.

Adding a reporting verb is a one-line change to ``CUE_VERBS``; every tense
form is derived from the lemma (irregular forms are given explicitly).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

# lemma -> irregular forms (past/participle) when the regular rules fail.
# Verbs that report speech or writing. Each lemma expands to lemma, -s, -ed,
# -ing forms.
CUE_VERBS: dict[str, tuple[str, ...]] = {
    "say": ("said",),
    "tell": ("told",),
    "write": ("wrote", "written"),
    "read": ("read",),
    "add": (),
    "note": (),
    "tweet": (),
    "post": (),
    "argue": (),
    "insist": (),
    "warn": (),
    "explain": (),
    "ask": (),
    "reply": (),
    "respond": (),
    "continue": (),
    "state": (),
    "declare": (),
    "recall": (),
    "acknowledge": (),
    "admit": (),
    "claim": (),
    "concede": (),
    "emphasize": (),
    "emphasise": (),
    "stress": (),
    "suggest": (),
    "announce": (),
    "remark": (),
    "observe": (),
    "quip": (),
    "joke": (),
    "counter": (),
    "recount": (),
    "predict": (),
    "promise": (),
    "vow": (),
    "pledge": (),
    "charge": (),
    "complain": (),
    "lament": (),
    "conclude": (),
    "caution": (),
    "urge": (),
    "wonder": (),
    "yell": (),
    "shout": (),
    "exclaim": (),
    "report": (),
    "testify": (),
    "boast": (),
    "brag": (),
    "agree": (),
    "affirm": (),
    "confirm": (),
    "deny": (),
    "maintain": (),
    "contend": (),
    "assert": (),
    "allege": (),
    "muse": (),
    "opine": (),
    "retort": (),
    "chime": (),
    "scoff": (),
    "sniff": (),
    "snap": (),
    "thunder": (),
    "proclaim": (),
    "assure": (),
    "reiterate": (),
    "elaborate": (),
    "clarify": (),
    "reveal": (),
    "disclose": (),
    "describe": (),
    "characterize": (),
    "characterise": (),
    "portray": (),
    "assail": (),
    "deride": (),
    "call": (),
    "dub": (),
    "label": (),
    "brand": (),
    "mock": (),
    "praise": (),
    "blast": (),
    "slam": (),
    "criticize": (),
    "criticise": (),
    "accuse": (),
    "demand": (),
    "plead": (),
    "pray": (),
    "whisper": (),
    "mutter": (),
    "cry": (),
    "sigh": (),
    "gush": (),
    "rave": (),
    "rant": (),
    "chant": (),
    "sing": ("sang", "sung"),
    "shoot": ("shot",),  # "shot back"
    "fire": (),  # "fired back"
    "hit": ("hit",),  # "hit back"
    "riff": (),
    "fume": (),
    "seethe": (),
    "gripe": (),
    "grumble": (),
    "marvel": (),
    "huff": (),
    "rail": (),
    "scold": (),
    "bark": (),
    "snarl": (),
    "growl": (),
    "hiss": (),
    "sneer": (),
    "chuckle": (),
    "groan": (),
    "sob": ("sobbed", "sobbing"),
    "confess": (),
    "reckon": (),
    "implore": (),
    "chide": (),
    "lash": (),  # "lashed out"
    "weigh": (),  # "weighed in"
    "relay": (),
    "recollect": (),
    "remember": (),
    "comment": (),
    "put": ("put",),  # "as he put it"
    "go": ("went",),  # "went on"
    "text": (),
    "email": (),
    "e-mail": (),
    "message": (),
    "answer": (),
    "interject": (),
    "interrupt": (),
    "begin": ("began", "begun"),
    "tease": (),
    "taunt": (),
    "advise": (),
    "instruct": (),
    "inform": (),
    "order": (),
    "threaten": (),
    "hint": (),
    "concur": (),
    "object": (),
    "protest": (),
    "recite": (),
    "quote": (),
    "summarize": (),
    "summarise": (),
    "point": (),  # "pointed out"
    "refer": (),  # "referred to her as"
    "term": (),
    "attack": (),
    "indicate": (),
    "anticipate": (),
    "believe": (),
    "hope": (),
    "expect": (),
    "fear": (),
    "worry": (),
    "think": ("thought",),
    "confide": (),
    "murmur": (),
    "scream": (),
    "beg": ("begged", "begging"),
    "repeat": (),
    "disagree": (),
    "stammer": ("stammered", "stammering"),
    "laugh": (),
    "echo": ("echoes", "echoed"),
    "underline": (),
    "underscore": (),
    "highlight": (),
    "condemn": (),
    "defend": (),
    "welcome": (),
    # 'expressed "deep concern"': a feeling put into words, which the
    # quotation gives; 'estimated "between 100,000 and 200,000"'.
    "express": (),
    "estimate": (),
    # Verbs of saying that take "that" in the English of courts and of many
    # countries' news ("the minister averred"); not "submit" or "propose",
    # which more often take a thing ('submitted a "thick file"').
    "aver": ("averred", "averring"),
    "posit": (),
    "enthuse": (),
    "query": (),
}

# Words that may sit between a speaker and the cue: "Trump later said".
CUE_ADVERBS: frozenset[str] = frozenset(
    """also later then again once previously recently earlier repeatedly often
    has have had was were is are would will could might may did does do
    famously reportedly allegedly simply just bluntly flatly angrily quietly
    now still already never 's ’s 're ’re 've ’ve 'd ’d 'll ’ll
    finally ultimately further further,
    since long always frequently consistently publicly privately openly""".split()
)

# Nouns and adjectives in -ly that can end a speaker's phrase ("the family
# said", "the weekly reported"): every other lower-case word in -ly beside a
# cue is an adverb of manner or time ("tearfully", "firmly", "early").
LY_NOUNS: frozenset[str] = frozenset(
    """family families ally allies assembly assemblies rally rallies monopoly
    supply supplies bully bullies daily dailies weekly weeklies monthly
    monthlies quarterly quarterlies fortnightly biweekly elderly anomaly
    homily lily jelly belly gully folly tally melancholy butterfly firefly
    dragonfly holly fly""".split()
)


def is_manner_adverb(word: str) -> bool:
    """'Brooke tearfully asked', 'said the minister firmly': a lower-case
    word in -ly that is not a noun is an adverb, never part of the speaker."""
    return len(word) > 4 and word.endswith("ly") and word.islower() and word not in LY_NOUNS


def _data_words(name: str) -> list[str]:
    """The words of a data file of this package: one a line, '#' comments."""
    text = (Path(__file__).resolve().parent / "data" / name).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


def alternation(words: Iterable[str]) -> str:
    """A regular-expression alternation of these words, longest first (so
    that "statement" is tried before "state")."""
    return "|".join(sorted(words, key=len, reverse=True))


def _forms(lemma: str, irregular: tuple[str, ...]) -> set[str]:
    """All tense forms of a regular English verb, plus its irregular ones."""
    forms = {lemma, *irregular}
    if lemma.endswith("y") and lemma[-2] not in "aeiou":
        stem = lemma[:-1]
        forms |= {stem + "ies", stem + "ied", lemma + "ing"}
    elif lemma.endswith("e"):
        forms |= {lemma + "s", lemma + "d", lemma[:-1] + "ing"}
    elif lemma.endswith(("s", "sh", "ch", "x", "z")):
        forms |= {lemma + "es", lemma + "ed", lemma + "ing"}
    else:
        forms |= {lemma + "s", lemma + "ed", lemma + "ing"}
        # Doubling of a final consonant after a single short vowel: quip ->
        # quipped, vow stays vowed. Both spellings are harmless to include.
        if (
            len(lemma) >= 3
            and lemma[-1] not in "aeiouwxy"
            and lemma[-2] in "aeiou"
            and (lemma[-3] not in "aeiou" or lemma[-4:-2] == "qu")  # "qu" sounds as a consonant: quipped
        ):
            forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
    return forms


CUE_WORDS: frozenset[str] = frozenset(
    form for lemma, irregular in CUE_VERBS.items() for form in _forms(lemma, irregular)
)

# Cue words news sometimes capitalises inside a sentence, after the brand.
CAPITALISED_CUES: frozenset[str] = frozenset("Tweeted Tweets Tweeting".split())

# Cues weaker than "said": they report speech only in some senses ("call",
# "describe", "read" a book), so they need a quote right next to them.
WEAK_CUE_LEMMAS: frozenset[str] = frozenset(
    """call dub label brand mock praise blast slam criticize criticise accuse
    describe go put point read hit fire shoot sing begin order object quote
    continue post report charge message text answer state email e-mail
    refer term attack comment laugh echo underline underscore highlight
    condemn defend welcome characterize characterise portray assail
    deride express estimate""".split()
)

# Verbs that set a view beside a quotation only through "as": "Ward sees
# the lineup as its "Achilles heel"", "critics regard the plan as "reckless"".
# So do verbs of judging someone or something ("dismissed the plan as "a
# stunt"", "hailed the deal as "historic""), and of introducing them
# ("introduced Cook as "someone who has redefined ..."").
SEEING_AS_WORDS: frozenset[str] = frozenset(
    "see sees saw seen seeing view views viewed viewing regard regards regarded regarding".split()
) | frozenset(
    form for lemma in "dismiss denounce hail reject ridicule laud tout decry introduce".split() for form in _forms(lemma, ())
)
WEAK_CUE_WORDS: frozenset[str] = frozenset(
    form for lemma in WEAK_CUE_LEMMAS for form in _forms(lemma, CUE_VERBS[lemma])
)
# Verbs by which a document reports what it holds ("the report found
# "serious failures"", "a study showed ..."): cues only when a document is
# their subject (the police found a body; a study found a result).
FINDING_WORDS: frozenset[str] = frozenset(
    "find finds found show shows showed shown reveal reveals revealed".split()
)

# Issuing a statement reports as saying does ("the DNC issued a statement
# apologizing ...", and then its words).
ISSUING_VERBS: frozenset[str] = frozenset("issued released published sent posted put".split())
STATEMENT_NOUNS: frozenset[str] = frozenset("statement letter message memo apology response reply".split())

# After a naming cue, these make another verb: "called in from the set",
# "called for", "called off".
PHRASAL_PARTICLES: frozenset[str] = frozenset("in up off out back for on into".split())

# The forms of the commonest verbs of saying that are never nouns or
# adjectives ("state", "report" can be): one ends a subject read back.
SAYING_FORMS: frozenset[str] = frozenset("said says told tells wrote writes added adds".split())

# The commonest irregular pasts, with which a body's name opens a sentence as
# its subject ("Eskom cut power", "Qantas said").
IRREGULAR_PASTS: frozenset[str] = frozenset(
    """said told wrote spoke gave took cut hit put set shut won lost made sold paid bought built began grew
    rose fell led left kept met sent spent held became brought struck withdrew drew froze chose""".split()
)

# Verbs of "'...,' was how Ana Lima put it" (the words' speaker before them).
PUTTING_VERBS: frozenset[str] = frozenset(
    "put puts described describes summed sums phrased phrases explained explains characterised characterized".split()
)

# Words between a possessor and its noun of saying that say when or which
# ("the minister's latest warning that").
WHEN_OR_WHICH_WORDS: frozenset[str] = frozenset(
    "recent latest earlier previous new repeated frequent public initial first last original own later subsequent".split()
)

# Nouns of saying that take a that-clause: the words in "Ana Lima's claim
# that the deal was "historic"" are the possessor's.
SAYING_THAT_NOUNS: frozenset[str] = frozenset(
    """announcement claim claims warning warnings assertion insistence suggestion promise
    pledge vow argument complaint accusation allegation admission boast remark remarks
    comment comments statement prediction declaration contention denial acknowledgement
    acknowledgment concession reminder assurance assurances threat hint""".split()
)

# A share of the people a poll asked ("51 percent", "two-thirds of voters",
# "a majority of respondents"): the words of the share are the poll's.
SHARE_HEADS: frozenset[str] = frozenset(
    "percent cent % majority minority half third thirds quarter quarters two-thirds one-third three-quarters".split()
)
POLL_NOUNS: frozenset[str] = frozenset("poll polls survey surveys".split())

# Participles by which a written thing carries its words ("a banner
# reading", "signs saying", "a placard demanding").
INSCRIPTION_PARTICIPLES: frozenset[str] = frozenset(
    "reading saying stating proclaiming declaring demanding urging warning".split()
)
# Things whose words are carried, not issued by someone the article names
# ("a statement saying" is its issuer's).
INSCRIPTIONS: frozenset[str] = frozenset(
    "sign placard banner poster billboard slogan shirt t-shirt graffiti sticker flag".split()
)

# A pronoun standing alone as a source ("according to him"), and the subject
# pronoun it is.
OBJECT_PRONOUNS: dict[str, str] = {"him": "he", "her": "she", "them": "they"}

PRONOUN_GENDER: dict[str, str] = {
    "he": "m",
    "him": "m",
    "his": "m",
    "himself": "m",
    "she": "f",
    "her": "f",
    "hers": "f",
    "herself": "f",
    "they": "p",
    "we": "p",
    "i": "s",
    "it": "n",
}
SUBJECT_PRONOUNS: frozenset[str] = frozenset({"he", "she", "they", "we", "i", "it"})

HONORIFIC_GENDER: dict[str, str] = {
    "mr": "m",
    "mister": "m",
    "sir": "m",
    "lord": "m",
    "king": "m",
    "prince": "m",
    "father": "m",
    "mrs": "f",
    "ms": "f",
    "miss": "f",
    "madam": "f",
    "lady": "f",
    "dame": "f",
    "queen": "f",
    "princess": "f",
    "sister": "f",
    "congresswoman": "f",
    "congressman": "m",
    "chairwoman": "f",
    "chairman": "m",
    "spokeswoman": "f",
    "spokesman": "m",
    "businessman": "m",
    "businesswoman": "f",
    "alhaji": "m",
    "alhaja": "f",
    "hajiya": "f",
    "mallam": "m",
    "shri": "m",
    "smt": "f",
    "shrimati": "f",
    "datin": "f",
    "baron": "m",
    "baroness": "f",
    "duchess": "f",
    "sheikha": "f",
    "maulana": "m",
    "ayatollah": "m",
    "cardinal": "m",
    "archbishop": "m",
    "madame": "f",
    "monsieur": "m",
    "mademoiselle": "f",
    "signor": "m",
    "signora": "f",
    "senor": "m",
    "señor": "m",
    "senora": "f",
    "señora": "f",
    "senhor": "m",
    "senhora": "f",
    "herr": "m",
    "frau": "f",
}

# Person nouns with a sex of their own, for agreement with he or she (the
# titles among them are in HONORIFIC_GENDER).
PERSON_NOUN_GENDER: dict[str, str] = {
    "man": "m", "boy": "m", "father": "m", "dad": "m", "son": "m", "brother": "m",
    "husband": "m", "waiter": "m", "grandfather": "m", "uncle": "m",
    "woman": "f", "girl": "f", "mother": "f", "mom": "f", "mum": "f", "daughter": "f",
    "wife": "f", "waitress": "f", "grandmother": "f", "aunt": "f",
}
# Person nouns that never describe one person ("some", "others").
NOT_ONE_PERSON: frozenset[str] = frozenset(
    "one another someone somebody others many some several few most majority minority people".split()
)
# Roles that stand before a name in lower case besides titles and person
# nouns ("Republican presidential hopeful Sen. Ted Cruz").
ROLES_BEFORE_NAMES: frozenset[str] = frozenset(
    "hopeful front-runner frontrunner contender challenger incumbent".split()
)

# A team's or a firm's people, who stand between its name and theirs:
# "Villa manager Unai Emery", "Chelsea boss Enzo Maresca", "Rangers striker
# Cyriel Dessers". The word before is a club's or a firm's, never a person's
# (unlike "Trump adviser", "Biden aide"), however much its name looks like
# one ("Aston Villa").
TEAM_STAFF_NOUNS: frozenset[str] = frozenset(
    """manager boss coach head-coach striker goalkeeper keeper midfielder
    defender winger forward fullback full-back centre-back center-back
    playmaker skipper captain chairman chairwoman""".split()
)

# Roles held "to" someone or somewhere: "the Special Adviser to the
# Governor", "Ambassador to the UN", "aide to the president".
ROLES_TO_SOMEONE: frozenset[str] = frozenset(
    """adviser advisers advisor advisors assistant assistants aide aides ambassador ambassadors envoy envoys
    secretary counsel consultant consultants liaison deputy attache attaché spokesman spokeswoman
    spokesperson""".split()
)

# Nouns whose "on ..." or "for ..." is their brief: "the party's
# spokeswoman on health", "shadow minister for health", "an expert on
# migration" (so the phrase up to the name is one description).
BRIEF_ON_NOUNS: frozenset[str] = frozenset(
    """spokesman spokeswoman spokesperson critic adviser advisor expert
    specialist authority envoy czar tsar minister secretary""".split()
)

# Nouns for a national that are given names too ("Scot", "Dane", "Finn"):
# a national only after "the" ("the Scot said"), so not in demonyms.txt.
NATIONALS_ALSO_NAMES: frozenset[str] = frozenset("scot scots dane danes finn finns".split())

# Times that sit between a speaker and the cue: "Trump on Saturday tweeted".
TIME_WORDS: frozenset[str] = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday today
    yesterday tonight morning afternoon evening night week weekend month
    year recently""".split()
)

# Lower-case words inside a person's surname: "Ana de la Cruz", "Pieter van
# den Berg", "Mohammed bin Salman". A later "de la Cruz said" or "Van den
# Berg said" is the whole surname.
NAME_PARTICLES: frozenset[str] = frozenset(
    "de del della der den di du da dos das la le van von ten ter bin bint binti ibn al el y wa".split()
)
# The first words of Arabic theophoric names, "servant of" one of the names
# of God ("Abdul Rahman", "Abdel Aziz", "Abd al-Karim"): bound to the word
# after, they open a father's name after a given name as often as a given
# name ("Zambry Abdul Kadir", "Siti Nurhaliza Abdul Rahman"), never a second
# person's name right after the first's. (Transliterations from the Arabic
# article-noun compounds; "Abdi" and "Abdullah" are whole names of their own.)
THEOPHORIC_PREFIXES: frozenset[str] = frozenset("abdul abdel abdal abdol abdur abdus abdou abd".split())

# Honours, memberships and degrees written after a name ("Keir Starmer MP",
# "Jane Roe KC", "Sir John Bell FRS"): of the Commonwealth orders, the bar,
# the parliaments and assemblies of the UK, Ireland, Canada, Australia, New
# Zealand and Europe. Never part of the name, and no sign of a body for being
# in capitals. (Left out: those that are also common words or initials of
# other things after a name: MS, AM, AC, MC, JP, DL.)
POST_NOMINALS: frozenset[str] = frozenset(
    """mp mbe obe cbe kbe dbe gbe kcb kcmg cmg gcmg kc qc sc msp mla mpp mhk td
    mep frs freng fba phd ao oam mnzm cnzm dnzm onz qso""".split()
)

# Members of a house, whom news calls by their seat or party ("the Larut
# MP", "the Kildare TD", "the Texas senator").
MEMBER_TITLES: frozenset[str] = frozenset(
    """mp td mla msp mpp mna mha mec mep mlc senator congressman congresswoman representative assemblyman
    assemblywoman councillor councilor alderman""".split()
)

# The words that show someone speaking in a sentence that names them ("Leo
# Varadkar said", "Rachel Reeves was speaking in Leeds").
SPEAKING_FORMS: frozenset[str] = frozenset("said says told tells speaking spoke added wrote insisted argued".split())

# Nouns for two people together: "the couple said", "the pair said",
# "both said" after two people named together.
PAIR_NOUNS: frozenset[str] = frozenset("couple pair duo two both twins brothers sisters".split())

# Offices one person holds at a time, which news names in capitals before
# it names their holder ("The Taoiseach has said ... Leo Varadkar said").
SINGLE_HOLDER_OFFICES: frozenset[str] = frozenset(
    """taoiseach tanaiste tánaiste chancellor premier president king queen pope speaker mayor governor emir
    sultan""".split()
) | frozenset((
    "prime minister", "first minister", "chief minister", "foreign secretary", "home secretary",
    "chief justice", "attorney general", "attorney-general", "secretary-general", "secretary general",
))

# Titles that, before a single name, are how a person is known: "Pope
# Francis", "Prince William", "Queen Rania", "King Charles III"; peers
# before their title's name: "Lord Frost", "Baroness Hale".
SOVEREIGN_TITLES: frozenset[str] = frozenset(
    """pope prince princess king queen emperor empress sultan emir sheikh sheikha
    lord lady baron baroness""".split()
)

# Titles that, before a surname alone, name a person the article may never
# name in full ("Justice Singh", "Inspector Morse", "Governor Holt"): a
# person, whom a later "he" or "she" can stand for. Not "National" or
# "Federal", which open bodies' names ("Federal Reserve").
NAMING_TITLES: frozenset[str] = frozenset(
    """judge justice senator sen rep representative congressman congresswoman
    governor gov mayor president minister chancellor secretary ambassador
    inspector detective sergeant sgt captain capt colonel col general gen
    professor prof dr doctor coach bishop archbishop cardinal rabbi imam
    pastor reverend rev commissioner superintendent chief councillor
    councilor alderman sheriff lieutenant lt admiral adm major maj""".split()
)

# Title words that are also common surnames: at the end of a run that opens
# with a given name they are the surname ("Carole King", "John Major",
# "Travis Head", "Jim Justice"). (Every title word among the Census surnames
# borne by 5 in 100,000 or more, and the rarer ones news often names.)
TITLE_SURNAMES: frozenset[str] = frozenset(
    """king bishop major judge pope prince pastor sheriff chancellor lord knight dean marshal field head justice
    baron barr queen seaman""".split()
)

# Nouns for places and bodies that are also common surnames: at the end of a
# run that opens with a given name they are the surname ("Lena Park",
# "Ruth Church", "Ada House", "Diane Lane", "Kari Lake", "Liam Fox"), not a
# park or a church. (The Census surnames borne by 5 in 100,000 or more that
# are such nouns, less those that end places after a given name: Beach and
# Hills, "Virginia Beach", "Beverly Hills"; and Post, "Washington Post".)
NOUN_SURNAMES: frozenset[str] = frozenset("park church house street bank hall hill wood green lane lake fox".split())
# Either kind, alone before a cue ("King said", "Park said"), is a surname.
WORD_SURNAMES: frozenset[str] = TITLE_SURNAMES | NOUN_SURNAMES

# Relatives named between commas ("her son, Mark,"): a person, of this
# gender when the noun says it.
RELATIVE_GENDER: dict[str, str] = {
    "son": "m", "daughter": "f", "wife": "f", "husband": "m", "brother": "m", "sister": "f", "mother": "f",
    "father": "m", "mom": "f", "mum": "f", "dad": "m", "grandson": "m", "granddaughter": "f", "grandmother": "f",
    "grandfather": "m", "uncle": "m", "aunt": "f", "nephew": "m", "niece": "f", "boyfriend": "m", "girlfriend": "f",
    "partner": "", "cousin": "", "friend": "", "neighbour": "", "neighbor": "", "colleague": "",
    # The rest of the family: by marriage, step and half kin, the bereaved,
    # the engaged, grandparents as children call them.
    "widow": "f", "widower": "m", "fiance": "m", "fiancé": "m", "fiancee": "f", "fiancée": "f", "spouse": "",
    "ex-wife": "f", "ex-husband": "m", "stepfather": "m", "stepmother": "f", "stepson": "m", "stepdaughter": "f",
    "stepbrother": "m", "stepsister": "f", "half-brother": "m", "half-sister": "f", "mother-in-law": "f",
    "father-in-law": "m", "son-in-law": "m", "daughter-in-law": "f", "brother-in-law": "m", "sister-in-law": "f",
    "grandma": "f", "grandpa": "m", "granny": "f", "grandparent": "", "parent": "", "sibling": "", "twin": "",
    "godfather": "m", "godmother": "f", "great-grandmother": "f", "great-grandfather": "m",
}

# Kinds of company: "the carmaker said" is the company named before.
COMPANY_NOUNS: frozenset[str] = frozenset(
    """company firm airline carrier carmaker automaker chipmaker drugmaker
    planemaker steelmaker retailer supermarket lender insurer broadcaster
    publisher manufacturer maker startup start-up chain operator utility
    label studio exporter conglomerate""".split()
)

# Nouns for a kind of body that an article sets beside the body's name
# ("the airline, Qantas,", "Oxfam, the charity,") and then uses alone
# ("the airline said").
BODY_KIND_NOUNS: frozenset[str] = COMPANY_NOUNS | frozenset(
    """charity bank newspaper regulator watchdog group club band agency
    ministry council union party coalition association organisation
    organization nonprofit non-profit network developer brand platform app
    website outlet school university hospital court authority department
    campaign team""".split()
)

# Occupations news writes capitalised before a name at a sentence start
# ("Rapper Stormzy said", "Striker Ola Berg scored"), beside PERSON_NOUNS.
OCCUPATIONS: frozenset[str] = frozenset(
    """rapper composer striker goalkeeper defender midfielder forward novelist
    artist musician drummer guitarist bassist designer chef driver comedian
    filmmaker photographer dancer athlete sprinter runner swimmer cyclist
    boxer wrestler skier golfer jockey pianist violinist painter sculptor
    architect engineer programmer entrepreneur farmer trader fisherman
    shopkeeper vendor miner""".split()
)

# Titles written as initials, and what they stand for in a person's role:
# "the CEO said" is the chief executive the article named, not a body.
TITLE_ACRONYMS: dict[str, str] = {
    "ceo": "chief executive",
    "cfo": "chief financial officer",
    "coo": "chief operating officer",
    "cto": "chief technology officer",
    "cmo": "chief medical officer",
    "cio": "chief information officer",
    "pm": "prime minister",
    "mp": "member of parliament",
    "mep": "member of the european parliament",
    "mla": "member of the legislative assembly",
    "msp": "member of the scottish parliament",
}

# Nouns that stand for the body the article named last ("the company
# said", "the Japanese carmaker said"), whatever its own name's last word;
# not "the court" or "the university", which are bodies of their own kind.
GENERIC_BODY_NOUNS: frozenset[str] = COMPANY_NOUNS | frozenset(
    """group agency organization organisation body club band team union
    coalition association department ministry office committee council
    campaign charity network institution company's giant movement militia
    faction alliance newspaper broadcaster school university college hospital
    court""".split()
)

# A state's forces and government, which an owner names ("Ukraine's army",
# "Kenya's government") as it names a body by its noun.
STATE_BODY_NOUNS: frozenset[str] = frozenset("army navy military police government".split())

# Kinds of body. A body whose own name ends in a noun of one kind ("the
# Chinese Embassy") is not what a generic noun of another kind stands for
# ("the club said"). Nouns any kind of body answers to ("group", "body",
# "organisation", "council", "office", "union") are in no kind.
BODY_KINDS: dict[str, frozenset[str]] = {
    "business": COMPANY_NOUNS | frozenset("bank corporation corp inc ltd plc llc holdings giant".split()),
    "government": frozenset(
        "ministry department agency embassy consulate commission bureau administration government parliament "
        "senate cabinet".split()),
    "sport and arts": frozenset("club team band league federation orchestra".split()),
    "civil society": frozenset("charity association coalition campaign movement alliance foundation".split()),
    "armed": frozenset("militia faction army brigade".split()),
    # Institutions "the school", "the hospital", "the court" stand for only
    # when the body's own name says so (INSTITUTION_KINDS).
    "education": frozenset("school university college academy polytechnic".split()),
    "health": frozenset("hospital clinic infirmary".split()),
    "justice": frozenset("court tribunal".split()),
    # The press: an outlet the article names as its source ("told AFP") is
    # never what "the ministry" or "the company" stands for.
    "press": frozenset(
        "newspaper broadcaster magazine channel station times post herald tribune gazette chronicle globe news "
        "press daily weekly reuters politico bloomberg axios cnn msnbc nbc abc cbs fox npr pbs bbc afp ap radio "
        "tv".split()),
}
BODY_KIND_OF: dict[str, str] = {noun: kind for kind, nouns in BODY_KINDS.items() for noun in nouns}
# Industries: a company noun of one ("the carmaker") never stands for a body
# whose own name says it is of another ("Daiwa Securities"); a name that
# says nothing ("Toyota") may be any. Each line: the nouns, then the words
# of names.
_INDUSTRIES = (
    "carmaker automaker | motor motors automotive auto autos",
    "airline carrier planemaker | airlines airways air aviation aerospace",
    "bank lender | bank banks bancorp banking",
    "insurer | insurance assurance",
    "miner | mining mines resources metals minerals",
    "drugmaker | pharmaceuticals pharmaceutical pharma therapeutics biotech biosciences",
    "chipmaker | semiconductor semiconductors electronics",
    "steelmaker | steel",
    "retailer supermarket | stores store supermarkets retail",
    "brewer | breweries brewery brewing",
    "brokerage broker | securities brokerage",
    "fund | fund funds capital investments",
)
INDUSTRY_OF_NOUN: dict[str, str] = {noun: line for line in _INDUSTRIES for noun in line.split("|")[0].split()}
INDUSTRY_OF_NAME_WORD: dict[str, str] = {word: line for line in _INDUSTRIES for word in line.split("|")[1].split()}

# Kinds a body's name must say it is of ("Hillcrest Primary School", "Daily
# Nation") before "the school" or "the newspaper" stands for it.
INSTITUTION_KINDS: frozenset[str] = frozenset(("education", "health", "justice", "press"))

# Plural nouns for a body's members that stand for one another: "the
# physicians" for a group whose name says "Doctors".
_MEMBER_SYNONYM_SETS = (
    "doctors physicians medics",
    "lawyers attorneys",
    "teachers educators",
    "scientists researchers",
    "workers employees",
    "farmers growers",
    "lawmakers legislators",
    "soldiers troops",
)
MEMBER_SYNONYMS: dict[str, frozenset[str]] = {
    word: frozenset(group.split()) - {word} for group in _MEMBER_SYNONYM_SETS for word in group.split()
}

# People who speak for someone else: "a lawyer for Marcus Webb said", "the
# family of Sipho Ndlovu said". The words are theirs, not the named person's.
SPEAKING_FOR_NOUNS: frozenset[str] = frozenset(
    """lawyer lawyers attorney attorneys counsel solicitor barrister
    spokesman spokeswoman spokesperson spokespeople representative
    representatives aide aides adviser advisers advisor advisors agent
    manager publicist family relatives relative friend friends colleague
    colleagues mother father son daughter brother sister wife husband widow
    widower partner cousin uncle aunt niece nephew grandson granddaughter
    grandmother grandfather parents children supporters supporter owner
    owners organisers organizers""".split()
)

# Kinds of business and venue a local report puts before the name ("popular
# drinking hole The Idle Hour", "family-run cafe Bean There"): the name that
# follows is the business's, which speaks as a body.
VENUE_NOUNS: frozenset[str] = frozenset(
    """pub pubs bar bars cafe café restaurant eatery bistro hotel hostel shop
    store boutique venue nightclub club gym salon bakery butcher brewery
    distillery winery hole spot chain firm company brand band label startup
    charity theatre theater cinema gallery museum bookshop bookstore pharmacy
    takeaway diner""".split()
)
# Words before such a noun that make it something else: a campaign "spot"
# is an advertisement, a "record" label is fine.
NOT_VENUE_BEFORE: frozenset[str] = frozenset("campaign ad tv radio television commercial election".split())

# Titles and role words that precede a name ("Sen. Bernie Sanders",
# "Mayor Michelle Wu"). They belong to the role, never to the name.
# nameparser's own title list is merged in by names.py; these are the ones
# news uses most, including abbreviations with and without the period.
TITLE_WORDS: frozenset[str] = frozenset(
    """mr mrs ms miss dr prof sir dame lord lady rev father sister
    president vice senator sen rep representative congressman congresswoman
    gov governor lt mayor secretary sec attorney general gen judge justice
    chief chairman chairwoman chair speaker leader minister prime chancellor
    director deputy assistant acting commissioner ambassador agent special
    sheriff officer detective sgt sergeant capt captain col colonel maj major
    adm admiral commander pastor bishop pope rabbi imam king queen prince
    princess emperor candidate nominee spokesman spokeswoman spokesperson
    adviser advisor aide strategist manager chairperson councilman
    councilwoman councilmember councilor councillor alderman trustee superintendent principal
    professor coach former then current incoming outgoing executive ceo cfo
    founder cofounder co-founder president-elect host anchor correspondent
    editor reporter columnist author economist analyst pollster lawyer
    attorney doctor nurse officer head member supervisor administrator
    inspector auditor treasurer comptroller clerk delegate state assemblyman
    assemblywoman democrat republican democratic gop independent libertarian
    liberal conservative u.s. us federal national senior junior
    presidential republican-led businessman businesswoman billionaire mogul
    magnate developer activist organizer campaign press field office
    operations enforcement hon honourable honorable rt
    alhaji alhaja hajiya mallam otunba shri smt shrimati datuk dato datin tun
    haji sheikh sheikha ustaz pandit maulana mufti ayatollah cardinal
    archbishop baron baroness engr barrister comrade madame monsieur
    mademoiselle signor signora senor señor senora señora senhor senhora herr frau
    taoiseach tanaiste tánaiste mister master premier emir sultan magistrate constable""".split()
) | frozenset(w for w in _data_words("titles.txt") if not w.endswith("."))
# Titles written short that are titles only with their period ("Eng.",
# "Amb."): without it they are names or words (titles.txt, written "eng.").
TITLES_WITH_PERIOD: frozenset[str] = frozenset(w[:-1] for w in _data_words("titles.txt") if w.endswith("."))


def _compound_titles() -> dict[str, str]:
    """compound_titles.txt: each title as written -> the sex it gives ("" for none)."""
    titles = {}
    for line in _data_words("compound_titles.txt"):
        written, _, sex = line.partition("\t")
        titles[written.strip()] = sex.strip()
    return titles


def _joined_forms(written: str) -> set[str]:
    """'Dato' Sri' -> the one word join_compound_titles makes of it, lower
    case, in every spelling of its apostrophe: dato'-sri, dato’-sri, dato-sri."""
    joined = "-".join(written.split()).lower()
    return {joined, joined.replace("'", "’"), joined.replace("'", "")}


# "Tan Sri", "His Holiness", "Puan Sri" (compound_titles.txt): titles of
# several words, none a title alone. join_compound_titles writes each as one
# hyphenated word, which TITLE_WORDS then holds, with the sex it gives.
COMPOUND_TITLES: dict[str, str] = _compound_titles()
TITLE_WORDS = TITLE_WORDS | frozenset(form for written in COMPOUND_TITLES for form in _joined_forms(written))
HONORIFIC_GENDER.update(
    {form: sex for written, sex in COMPOUND_TITLES.items() if sex for form in _joined_forms(written)}
)


def _compound_title_re(separator: str) -> re.Pattern[str]:
    def word(w: str) -> str:
        return re.escape(w[:-1]) + "['’]?" if w.endswith("'") else re.escape(w)
    forms = sorted(COMPOUND_TITLES, key=len, reverse=True)
    # Not a possessive ("His Majesty's Government" is a body's name, no
    # title before a person's). (Not inside a longer word either: the caller
    # looks at the character before, which a look-behind here would test at
    # every position of the text, at a seventh of the speed.)
    return re.compile(r"(?:" + "|".join(separator.join(word(w) for w in f.split()) for f in forms)
                      + r")(?![\w'’\-])")


_COMPOUND_TITLE_RE = _compound_title_re("[ \u00a0]")
_JOINED_TITLE_RE = _compound_title_re("-")


def join_compound_titles(text: str) -> str:
    """The text with each compound title's spaces made hyphens: the same
    length, so every offset into it is an offset into the text."""
    def join(m: re.Match[str]) -> str:
        before = text[m.start() - 1] if m.start() else " "
        if before.isalnum() or before in "_-":
            return m.group()  # "Stan Sri": inside a word
        return m.group().replace(" ", "-").replace("\u00a0", "-")
    return _COMPOUND_TITLE_RE.sub(join, text)


def unjoin_compound_titles(words: str) -> str:
    """A name or role read from the joined text, as news writes it."""
    return _JOINED_TITLE_RE.sub(lambda m: m.group().replace("-", " "), words) if "-" in words else words

# The positions players play, in the sports news reports most (football of
# both codes, rugby, cricket, baseball, basketball, ice hockey, volleyball),
# singular and plural: "the Exeter lock said", "the Yankees reliever said",
# "the Proteas seamer told reporters" describe a player the article named.
# Words that are also bodies or places ("centre", "center") are left out.
SPORTS_POSITIONS: frozenset[str] = frozenset(
    form for position in """forward striker midfielder defender goalkeeper keeper winger fullback full-back
    centre-back center-back wing-back playmaker prop hooker lock flanker number-eight fly-half scrum-half
    wing utility-back batsman batswoman batter bowler spinner seamer paceman pacer all-rounder wicketkeeper
    wicket-keeper opener pitcher catcher shortstop infielder outfielder reliever slugger quarterback
    running-back tailback halfback receiver lineman linebacker cornerback kicker punter guard goaltender
    goalie netminder defenceman defenseman setter libero""".split()
    for form in (position, position[:-3] + "men" if position.endswith("man") else position + "s")
)


# Nouns that make a mention a document ("the release noted") or an
# organisation ("the White House said").
DOCUMENT_NOUNS: frozenset[str] = frozenset(
    """release statement report letter memo memorandum email e-mail tweet post
    posting ad advertisement video filing complaint lawsuit suit indictment
    ruling order decision opinion affidavit transcript document documents
    documents study survey poll analysis article editorial column story
    book note message text sign banner website site page platform brief
    ads advert photo caption poster placard billboard listing
    petition bill law resolution proposal plan announcement notice
    notes guidelines judgment judgement verdict paper papers findings records decree
    communique manifesto agreement guidance directive rule motion warrant
    summary headline caption speech remarks testimony clip card flyer
    mailer commercial spot slogan sign billboard graphic chart newsletter
    op-ed oped editorial blog podcast interview""".split()
)
ORGANIZATION_NOUNS: frozenset[str] = frozenset(
    """campaign committee department agency office administration house
    government ministry council party company corporation firm group
    association union organization organisation institute foundation
    university college school court commission board bureau service police
    authority authorities coalition alliance network newspaper magazine
    channel station team caucus senate congress parliament legislature
    cabinet embassy army navy military club society center centre fund
    bank inc corp llc ltd co pac super-pac county city town village street
    avenue road river island islands valley beach hills park district
    boulevard rue plaza lane republic kingdom province region airport hospital church prison
    stadium arena hotel tower times post journal herald tribune gazette
    chronicle globe news press magazine daily weekly reuters politico
    bloomberg axios cnn msnbc nbc abc cbs fox npr pbs bbc afp ap watch
    project initiative trust forum institution radio
    kremlin pentagon vatican elysée elysee knesset bundestag duma whitehall presidency palace
    quirinale kantei""".split()
)
# Descriptions of unnamed people: "a spokesman for the campaign said".
PERSON_NOUNS: frozenset[str] = frozenset(
    """spokesman spokeswoman spokesperson official officials aide aides
    adviser advisers advisor advisors source sources person people voter
    voters supporter supporters critic critics resident residents expert
    experts analyst analysts strategist strategists lawyer lawyers counsel solicitor solicitors barrister barristers advocate advocates attorney
    attorneys staffer staffers member members leader leaders officer officers
    agent agents man woman men women friend friends witness witnesses
    protester protesters observer observers economist economists reporter
    reporters executive executives organizer organizers volunteer volunteers
    student students worker workers representative representatives
    candidate candidates delegate delegates donor donors ally allies
    director manager president chairman chairwoman senator governor mayor
    actor actress star singer player coach host hostess waitress poet
    judge father mother son daughter wife husband brother sister neighbor
    neighbour owner teacher doctor nurse pastor one another someone somebody
    others many some several few most majority minority user users
    confidant confidants insider insiders adviser aide operative operatives
    consultant consultants fan fans backer backers opponent opponents
    rival rivals colleague colleagues partner partners veteran veterans
    predecessor predecessors successor successors boss bosses figure firebrand
    official lawmaker lawmakers legislator legislators senator senators
    congressman congresswoman governor mayor prosecutor prosecutors
    investigator investigators researcher researchers scientist scientists
    professor professors historian historians writer writers author
    authors journalist journalists commentator commentators pundit
    pundits host hosts anchor editor editors columnist attendee attendees
    participant participants caller callers viewer viewers reader readers
    parent parents mom dad child children kid kids teen teenager man
    woman boy girl guy person individual citizen citizens immigrant
    immigrants refugee refugees activist activists advocate advocates
    manager owner employee employees customer customers patient patients
    doctor doctors nurse nurses officer officers soldier soldiers
    spokesperson chief
    jockey boxer skier rider champion champions
    rookie substitute runner-up skipper captain debutant
    family families relatives couple jury crowd audience""".split()
) | frozenset(RELATIVE_GENDER) | SPORTS_POSITIONS  # (every kin noun: "his widow", "her fiancé")

# Places that turn up where a speaker stands ("New York said", "Utah's
# attorney general"): US states and the countries and capitals most in the
# news. They never make a person's name.
PLACE_WORDS: frozenset[str] = frozenset(
    """alabama alaska arizona arkansas california colorado connecticut
    delaware florida georgia hawaii idaho illinois indiana iowa kansas
    kentucky louisiana maine maryland massachusetts michigan minnesota
    mississippi missouri montana nebraska nevada hampshire jersey mexico
    york carolina dakota ohio oklahoma oregon pennsylvania rhode tennessee
    texas utah vermont virginia washington wisconsin wyoming america
    britain england france germany russia china japan india iran iraq
    israel syria canada ukraine europe africa asia tehran moscow beijing
    london paris berlin brussels""".split()
)

# Adjectives that follow the noun they describe, with a phrase of their own:
# "a source close to the minister", "a person familiar with the talks".
POSTPOSED_ADJECTIVES: frozenset[str] = frozenset(
    "close familiar near loyal linked connected allied knowledgeable briefed privy".split()
)

# Titles, ranks and suffixes written short before or after a name ("Det.
# Sgt. Ian Kerr", "Brig. Gen. Pat Ryder", "John Doe Jr."): the abbreviated
# entries of titles.txt, less those that are also words or acronyms ending a
# sentence ("PC", "GP", "Wo"). Their period ends no sentence and a name
# runs on through it.
NAME_ABBREVIATIONS: frozenset[str] = frozenset(
    """mr mrs ms dr sen rep gov lt gen jr sr st col capt sgt prof rev sec atty
    supt cmdr adm maj pres hon rt det brig cpl pte pvt lieut ltcol cdr cdre
    flt sqn ldr ens cwo spc sfc sgm insp asst cst cllr revd msgr engr barr""".split()
) | TITLES_WITH_PERIOD
# Abbreviations that keep their period inside a word ("Sen.", "Corp."):
# the period ends no sentence.
ABBREVIATIONS: frozenset[str] = NAME_ABBREVIATIONS | frozenset(
    "vs no dept corp inc ltd co mt ft ave".split()
)

# Capitalised words that start sentences or headlines but are never names
# (the months that are given names, April, May, June and August, are dates
# only where a date is written: is_date_word).
NON_NAME_WORDS: frozenset[str] = frozenset(
    """the a an and or but if in on at of for to from by with as this that
    these those there here it its he she they we i you his her their our
    my your when while after before since because although though however
    meanwhile still yet so then now also even just only not no yes one two
    three what who why how where which whose monday tuesday wednesday thursday
    friday saturday sunday january february march july
    september october november december mr mrs ms dr sen rep gov four five
    six seven eight nine ten dozens hundreds thousands first last next
    likewise instead indeed was were is are am been did does has had would
    could should might whom whether""".split()
)

# Nouns for works whose titles stand in quotation marks ('his book
# "Musicophilia"', 'a script called "Wild Rose"'): a title is not a statement.
# Slogans and headlines are left out: news quotes those as words someone used;
# so are nouns that are also verbs ("shows", "plays") or name things that
# speak ("paper", "program").
WORK_NOUNS: frozenset[str] = frozenset(
    """book novel novels memoir memoirs biography film films movie movies
    script screenplay song songs album albums show series sitcom podcast
    documentary chapter essay poem musical opera painting exhibition
    newsletter magazine""".split()
)

# Things a person writes, grouped by the nouns an article calls one by:
# "her memoir" ... "the book says"; "she wrote to the states" ... "the
# letter said". (The author speaks through them: resolver._writer_before.)
_WRITINGS = (
    "book books memoir memoirs autobiography novel biography",
    "letter letters note memo email e-mail",
    "essay op-ed column article",
)
WRITING_GROUP: dict[str, frozenset[str]] = {
    noun: frozenset(line.split()) for line in _WRITINGS for noun in line.split()
}

# A surname with a lower-case Arabic or Hebrew prefix: 'al-Hashimi', 'bin-Salman'.
PREFIXED_NAME_RE = re.compile(r"(?:al|el|ad|ar|as|ash|at|az|bin|ibn|abu|ben)-[A-Z]")


# Verbs of saying that some whole-text patterns read, each a subset of the
# verb table above (CUE_WORDS; a test holds them to it): the narrower the
# pattern's context, the fewer verbs it may trust.
# 'Lakshiwnder Singh, another deportee, said he had paid': a name before one
# of these is the subject of reported speech.
REPORTED_SPEECH_VERBS: tuple[str, ...] = (
    "said", "says", "told", "tells", "added", "adds", "explained", "noted", "wrote", "writes", "stated", "asked",
    "replied", "warned", "argued", "insisted", "recalled", "confirmed", "confirms", "announced", "announces",
)
# 'the ministry said in a statement', 'the company announced': what a body does.
BODY_STATEMENT_VERBS: tuple[str, ...] = (
    "said", "announced", "wrote", "added", "stated", "confirmed", "warned", "explained",
)
# 'Huawei said' at a sentence's start: a one-word subject that may be a body.
SUBJECT_SAID_VERBS: tuple[str, ...] = ("said", "says", "announced", "stated", "wrote", "disclosed")
# 'Huawei said in a statement': what a body's statement is said with.
IN_A_STATEMENT_VERBS: tuple[str, ...] = ("said", "says", "added", "stated", "wrote")

# What an office is for ("Minister for Health", "Commissioner of Police")
# that some given-name list also holds: no sign of a name after the office.
OFFICE_DOMAIN_WORDS: frozenset[str] = frozenset(
    "justice police defence defense health education energy state trade".split()
)
# Words that open a noun phrase before its head: "the release", "his lawyer".
DETERMINERS: frozenset[str] = frozenset("a an the this that these those his her its their our my your".split())
# What may follow a name: "Martin Luther King Jr.", "Henry VIII" is a regnal
# number (SOVEREIGN_TITLES), not a suffix.
NAME_SUFFIXES: frozenset[str] = frozenset({"jr", "sr", "ii", "iii", "iv", "v"})

# The syllables of Mandarin in Hanyu Pinyin (data/pinyin.txt).
PINYIN_SYLLABLES: frozenset[str] = frozenset(w for line in _data_words("pinyin.txt") for w in line.split())

# Dates, which are never part of a name ("Mr. Trump's Oct. 11 announcement"
# is no person "Trump Oct"). Some are names too (May, June, Jan; Sun the
# surname), so a month or a short form counts as a date only where a date is
# written: with its period, or beside a day's number.
MONTHS: frozenset[str] = frozenset(
    "january february march april may june july august september october november december".split())
MONTH_ABBREVIATIONS: frozenset[str] = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())
WEEKDAYS: frozenset[str] = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
WEEKDAY_ABBREVIATIONS: frozenset[str] = frozenset("mon tue tues wed thu thur thurs fri sat sun".split())
# Short forms that are only dates, never a name or a word of one.
DATE_ONLY_ABBREVIATIONS: frozenset[str] = frozenset("feb apr jul aug sep sept oct nov dec tue tues wed thu thur thurs fri".split())

# The closed classes of English, which never make a name (data/function_words.txt).
FUNCTION_WORDS: frozenset[str] = frozenset(w for line in _data_words("function_words.txt") for w in line.split())

# Lower-case nouns that restate a body's own name after it: "the Likud party"
# is Likud, "the Hamas group" Hamas ("the Trump campaign" and "the Biden
# administration" are not theirs, and keep the noun).
RESTATING_BODY_NOUNS: frozenset[str] = frozenset(
    "party group movement militia firm company organization organisation union network outlet".split())
# The endings of web addresses that name a company ("Amazon.com Inc.",
# "Booking.com"): a word so written is one word, and a body's name.
WEB_DOMAIN_SUFFIXES: tuple[str, ...] = ("com", "org", "net", "io", "co.uk", "com.au", "co.za", "co.in", "ai")

# Quantifiers that stand for people on their own ("Several said", "Others
# argued"): a description of people, never a name.
PEOPLE_QUANTIFIERS: frozenset[str] = frozenset("several many some others another both few most all each".split())

# Nouns that head an institution's name with its domain after "of", "for" or
# "on" ("Reserve Bank of Australia", "Federal Bureau of Investigation",
# "Norway's Ministry of Justice"): such a run is a body's name, wherever the
# noun stands in it (not the places: "City of London", "Isle of Man").
INSTITUTION_NOUNS: frozenset[str] = frozenset(
    """ministry department agency bureau bank embassy consulate council commission authority court office
    service institute university college board committee fund foundation corporation federation association
    union organization organisation society academy tribunal directorate secretariat inspectorate parliament
    assembly senate police force forces guard army navy command centre center school hospital""".split()
)

# Nouns that end a place's name, not a speaking body's ("Lincoln High School",
# "Central Park", "Heathrow Airport"): a "they" or "it" that speaks is never one.
PLACE_LIKE_NOUNS: frozenset[str] = frozenset(
    """school park street avenue road airport stadium arena bridge square beach river lake mountain island
    plaza boulevard lane station""".split()
)
