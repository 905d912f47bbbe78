"""Training-data security: PII detection and redaction, label errors, outliers, duplicates, leakage,
imbalance and poisoning of the data a model learns from (`modelward data audit`), and what fixes them.

The PII detector is `modelward.data.pii.PiiDetector`; the registered checks, mitigations and guards are
listed in `modelward.data.plugins`."""
