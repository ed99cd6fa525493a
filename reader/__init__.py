"""Yomu: a desktop reader for studying Japanese through news."""

__version__ = "0.1.0"
