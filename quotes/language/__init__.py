"""The language data the extractor and the speaker database read: reporting
verbs, titles, honorifics, pronouns and other word lists (``lexicon``), the
name and place lists with their lookups (``namelists``), and the script that
builds the compact data files from well-kept sources (``build_lexicons``).

Code outside this package asks it questions ("is this a given name?",
"which verbs report speech?") and never keeps a word list of its own.
"""
