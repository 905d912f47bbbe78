"""Presidio's pattern recognisers on the PII corpus; runs in the bench venv, prints one JSON document:
{"version": ..., "seconds": ..., "predictions": [[[start, end, entity], ...], ...]}.

    bench/.venv-data/bin/python bench/data/pii_presidio.py CORPUS.json

Configuration: AnalyzerEngine with every predefined recogniser for English; the NLP engine is spaCy's
*blank* English pipeline (tokeniser only), because no trained spaCy model can be downloaded here. So
Presidio's context words still work on tokens, but there is no NER: PERSON (and NRP, LOCATION) cannot be
found. Entity names are mapped to the benchmark's: EMAIL_ADDRESS -> email, PHONE_NUMBER -> phone,
CREDIT_CARD -> credit_card, IBAN_CODE -> iban, IP_ADDRESS -> ip_address, US_SSN -> us_ssn, PERSON -> person.
"""

from __future__ import annotations

import json
import sys
import time
from importlib.metadata import version

ENTITY_MAP = {"EMAIL_ADDRESS": "email", "PHONE_NUMBER": "phone", "CREDIT_CARD": "credit_card", "IBAN_CODE": "iban",
              "IP_ADDRESS": "ip_address", "US_SSN": "us_ssn", "PERSON": "person"}


def analyzer():  # type: ignore[no-untyped-def]
    import spacy
    import tldextract.tldextract as tld

    tld.TLD_EXTRACTOR = tld.TLDExtract(suffix_list_urls=())  # the bundled suffix list: no network look-up
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_analyzer.nlp_engine import SpacyNlpEngine

    engine = SpacyNlpEngine(models=[{"lang_code": "en", "model_name": "blank"}])
    engine.nlp = {"en": spacy.blank("en")}
    registry = RecognizerRegistry()
    registry.load_predefined_recognizers(languages=["en"], nlp_engine=engine)
    return AnalyzerEngine(registry=registry, nlp_engine=engine, supported_languages=["en"])


def main() -> None:
    with open(sys.argv[1], encoding="utf-8") as fh:
        docs = json.load(fh)
    engine = analyzer()
    entities = list(ENTITY_MAP)
    t = time.process_time()
    predictions = []
    for doc in docs:
        results = engine.analyze(text=doc["text"], language="en", entities=entities)
        predictions.append([[r.start, r.end, ENTITY_MAP[r.entity_type]] for r in results
                            if r.entity_type in ENTITY_MAP])
    seconds = time.process_time() - t
    print(json.dumps({"version": version("presidio-analyzer"), "seconds": seconds, "predictions": predictions}))


if __name__ == "__main__":
    main()
