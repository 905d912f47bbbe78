"""PII detection and redaction, offline: `PiiDetector().detect(text)` gives the spans, `Redactor` redacts
them, `infer_columns` tells which columns of a table are PII columns, `PiiGuard` runs it in the gateway."""

from modelward.data.pii.columns import ColumnPii, infer_column, infer_columns
from modelward.data.pii.detector import PiiDetector
from modelward.data.pii.entities import Entity, PiiMatch
from modelward.data.pii.redact import Redacted, Redactor, pseudonym, redact

__all__ = ["ColumnPii", "Entity", "PiiDetector", "PiiMatch", "Redacted", "Redactor", "infer_column",
           "infer_columns", "pseudonym", "redact"]
