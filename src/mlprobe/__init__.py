"""mlprobe: a practice partner for machine-learning interviews."""

__version__ = "0.1.0"
