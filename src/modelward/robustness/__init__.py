"""Evasion: attacks as measurements, hardening, detection, certification, stress tests."""
