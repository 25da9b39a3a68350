"""Qt-free core: content, clinic profile and their validation."""
