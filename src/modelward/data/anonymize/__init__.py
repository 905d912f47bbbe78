"""Anonymisation of tables: Mondrian k-anonymity with distinct l-diversity over declared quasi-identifiers,
t-closeness and re-identification risks measured before and after, utility loss, keyed pseudonyms and
masking of direct identifiers."""
