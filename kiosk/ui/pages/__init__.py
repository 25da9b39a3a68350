"""Pages shown by the router, one module each."""
