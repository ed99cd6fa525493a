from ..errors import YomuError


class IngestError(YomuError):
    """An input that cannot become an article. str(error) is one line meant for the user."""
