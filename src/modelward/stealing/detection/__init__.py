"""Extraction detection: guards that watch each client's stream of queries for the patterns of model
extraction (PRADA's distance normality test, a windowed distribution test, coverage of the input space)."""
