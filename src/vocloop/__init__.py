"""vocloop: turn Amazon returns, reviews and feedback into root causes a seller's team can fix."""

__version__ = "0.1.0"
