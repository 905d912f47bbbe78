"""Output handling: model output treated as untrusted input to whatever consumes it (a browser, a
Markdown renderer, a SQL engine, a shell, a JSON parser), checked and made inert before it leaves."""
