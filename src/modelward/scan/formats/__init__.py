"""Per-format scanners for non-pickle model files; each parses bytes and never loads the model."""
