"""Debian's Voikko (python3-libvoikko, voikko-fi) for the search's reference evaluation.

Reads one JSON request per line on stdin and answers one JSON line each:
  {"analyze": [word, ...]}            -> {word: [reading, ...]}
  {"accept": [[form, baseform], ...]} -> the pairs in which Voikko reads the form as a case form
                                          of that base form (no possessive suffix, no clitic:
                                          not what a reader types into a search box)
A reading keeps the attributes the evaluation needs. Nothing Voikko says is stored: the
evaluation is made afresh on each run (its dictionary is GPL, see docs/search.md).
"""
import json
import sys

import libvoikko

KEPT = ("BASEFORM", "CLASS", "STRUCTURE", "WORDBASES", "FSTOUTPUT", "NUMBER", "SIJAMUOTO", "POSSESSIVE",
        "PARTICIPLE", "FOCUS", "KYSYMYSLIITE")
voikko = libvoikko.Voikko("fi")


def readings(word):
    return [{key: r[key] for key in KEPT if key in r} for r in voikko.analyze(word)]


def is_case_form(reading, base):
    fst = reading.get("FSTOUTPUT", "")
    return (reading.get("BASEFORM", "").lower() == base.lower() and "SIJAMUOTO" in reading
            and not any(key in reading for key in ("POSSESSIVE", "FOCUS", "KYSYMYSLIITE"))
            and "[O" not in fst and "[F" not in fst and "[Ef]" not in fst)


for line in sys.stdin:
    request = json.loads(line)
    if "analyze" in request:
        answer = {word: readings(word) for word in request["analyze"]}
    else:
        answer = [[form, base] for form, base in request["accept"]
                  if any(is_case_form(r, base) for r in voikko.analyze(form))]
    sys.stdout.write(json.dumps(answer, ensure_ascii=False) + "\n")
    sys.stdout.flush()
