"""Model profiles shipped with licenselens (YAML data, loaded with importlib.resources)."""
