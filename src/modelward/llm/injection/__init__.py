"""The layered prompt-injection detector: normalisation of obfuscation, rules, a small shipped model."""
