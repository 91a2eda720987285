"""English job-title words and the French word each stands for, drawn from ESCO occupations.

Used by build-skills-taxonomy (meta.title_words of data/skills/taxonomy.jsonl.gz): the ATS engine
maps an English title word to its French one on both sides of a match, so an English CV
("Software Developer") meets a French posting ("Développeur logiciel").

Every ESCO occupation has an English label and French labels (masculine, feminine, aliases). A
pair (English word, French word) is kept when the two words are each other's best partner
(Dice coefficient over the occupations whose titles hold them) and either co-occur often
(Dice >= 0.45 in 3 occupations or more: engineer/ingénieur, manager/responsable) or are
cognates (a common prefix of 5 letters, 2 occupations: director/directeur). A French word that is
also an English title word is kept only as a cognate: "commercial", "chauffeur" are English
words too. An English word that French titles also use is never mapped: the mapping applies
to French texts as well, and "chef" (English "cook") is the French "chef de projet". Words are
folded as src/ats/words.cpp folds them.
"""
import collections
import gzip
import json
import re
import unicodedata

MIN_DICE = 0.45
MIN_PAIRS = 3
COGNATE_PREFIX = 5
COGNATE_MIN_PAIRS = 2
COGNATE_MIN_DICE = 0.2

# As src/ats/words.cpp: ignored words, plural "s", French feminine endings.
IGNORED = {"au", "aux", "de", "des", "du", "en", "et", "la", "le", "les", "pour", "par", "sur", "un", "une",
           "avec", "dans", "hf", "fh", "nb", "the", "of", "and", "for", "an", "to", "in", "with", "at", "or",
           "ou", "cdi", "cdd", "job", "poste", "offre", "ne", "ve", "se", "trice", "euse", "ere", "iere", "ive",
           "eure"}
FEMININE_ENDINGS = [("ienne", "ien"), ("euse", "eur"), ("eure", "eur"), ("rice", "eur"), ("ere", "er"),
                    ("ante", "ant"), ("ente", "ent"), ("ale", "al"), ("ee", "e")]
MIN_STEM_FOR_GENDER = 2
_LIGATURES = str.maketrans({"œ": "oe", "æ": "ae", "ß": "ss", "’": "'", "ø": "o", "đ": "d", "ł": "l"})


def title_words(text):
    """The folded content words of a title, as the ATS engine reads them."""
    folded = unicodedata.normalize("NFKD", text.lower().translate(_LIGATURES))
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    out = set()
    for word in re.findall(r"[a-z0-9]+", folded):
        if len(word) < 2 or word in IGNORED or word.isdigit():
            continue
        if len(word) >= 4 and word.endswith("s") and word[-2] != "s":
            word = word[:-1]
        for feminine, masculine in FEMININE_ENDINGS:
            if len(word) >= len(feminine) + MIN_STEM_FOR_GENDER and word.endswith(feminine):
                word = word[:-len(feminine)] + masculine
                break
        out.add(word)
    return out


def common_prefix(a, b):
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n


def title_word_translations(occupations_path, fixes=None, drops=()):
    """{english_word: french_word}, sorted by English word; `fixes` (curated) replace or add
    pairs, `drops` are English words whose aligned pair is wrong."""
    pairs, english_count, french_count = collections.Counter(), collections.Counter(), collections.Counter()
    english_vocabulary, french_vocabulary = set(), set()
    with gzip.open(occupations_path, "rt", encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            occupation = json.loads(line)
            english = title_words(occupation.get("label_en") or "")
            french = set()
            for label in [occupation.get("label_fr") or ""] + occupation.get("aliases_fr", []):
                french |= title_words(label)
            english_vocabulary |= english
            french_vocabulary |= french
            english_count.update(english)
            french_count.update(french)
            for e in english:
                for fr in french:
                    pairs[(e, fr)] += 1
    best_for_english, best_for_french = {}, {}
    for (e, fr), count in pairs.items():
        if e == fr or e in french_vocabulary:
            continue
        dice = 2 * count / (english_count[e] + french_count[fr])
        cognate = common_prefix(e, fr) >= COGNATE_PREFIX
        if fr in english_vocabulary and not cognate:
            continue
        if not ((dice >= MIN_DICE and count >= MIN_PAIRS)
                or (cognate and count >= COGNATE_MIN_PAIRS and dice >= COGNATE_MIN_DICE)):
            continue
        if e not in best_for_english or dice > best_for_english[e][0]:
            best_for_english[e] = (dice, fr)
        if fr not in best_for_french or dice > best_for_french[fr][0]:
            best_for_french[fr] = (dice, e)
    aligned = {e: fr for e, (_, fr) in best_for_english.items() if best_for_french[fr][1] == e}
    aligned.update(fixes or {})
    return {e: fr for e, fr in sorted(aligned.items()) if e not in drops}
