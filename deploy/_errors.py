"""The one error of the deploy tool."""

from __future__ import annotations

__all__ = ["DeployError"]


class DeployError(Exception):
    """The cluster cannot be set up as asked; the message says why and what to do."""
