"""Proof of ownership of a stolen copy: trigger-set watermarks embedded at training time, boundary
fingerprints that match copies (extracted ones included) but not independent models, and DAWN-style
watermarking of API answers."""
