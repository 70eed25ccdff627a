"""Small shared helpers: logging and seeding, box geometry, atomic checkpoint files."""
