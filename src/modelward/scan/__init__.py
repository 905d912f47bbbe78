"""Model-artifact scanner: decide, without loading, whether a model file runs code or carries unsafe content."""
