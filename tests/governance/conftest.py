"""System models written by the tests, small and readable."""

import textwrap

import pytest

CREDIT = """
version: 1
system: {name: credit scoring, domain: credit, owner: risk-team, jurisdictions: [eu], eu_ai_act: high-risk}
components:
  - {id: applications, type: dataset, source: internal, personal_data: true, sensitivity: restricted,
     purpose: credit decisions, lawful_basis: contract}
  - {id: bureau, type: dataset, source: vendor, personal_data: true, sensitivity: confidential}
  - {id: train, type: training, schedule: periodic}
  - {id: model, type: model, format: joblib, kind: classifier, owner: ml-team}
  - {id: registry, type: registry, access: internal}
  - {id: api, type: inference-api, exposure: partners, auth: api-key, outputs: probabilities, serves: [model]}
  - {id: brokers, type: external, actor: partners}
flows:
  - {from: applications, to: train, personal_data: true}
  - {from: bureau, to: train, personal_data: true}
  - {from: train, to: registry}
  - {from: registry, to: model}
  - {from: api, to: brokers, data: scores}
boundaries:
  - {id: bank, name: Bank, components: [applications, bureau, train, model, registry, api]}
  - {id: partners, name: Brokers, trust: partner, components: [brokers]}
"""


@pytest.fixture
def write_system(tmp_path):
    def write(text: str = CREDIT, name: str = "system.yaml", extra: str = ""):
        path = tmp_path / name
        path.write_text(textwrap.dedent(text) + textwrap.dedent(extra), encoding="utf-8")
        return path
    return write
