"""One module per receiving platform: its payload, its signature and how to read its reply."""
