"""The LLM guards the gateway's pipeline (and the LLM proxy) run, registered in `modelward.llm.plugins`."""
