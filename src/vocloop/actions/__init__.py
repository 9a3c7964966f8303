"""Act and close the loop: fixes the team records, and whether each one worked (`impact.py`)."""
