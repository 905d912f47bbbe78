"""Incident response for ML systems: open, preserve, contain, eradicate, recover, review.

Each step is a function here and a `modelward incident` subcommand; each appends an event to the incident's
hash-chained timeline (`timeline.jsonl`), from which the post-incident review is written.
"""
