"""The one base class for failures the user must be told about. Kept import-free so the CLI can
catch every such failure without loading the store or the extractors."""


class YomuError(Exception):
    """str(error) is one line, fit to show the user as it is."""
