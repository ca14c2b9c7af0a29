"""The captionflow HTTP service (aiohttp)."""

__all__: list[str] = []
