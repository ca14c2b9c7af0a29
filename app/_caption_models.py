"""Bodies of the caption routes beyond ``captions.CaptionRequest``/``CaptionResult``."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from captions import CaptionRequest, CaptionResult

__all__ = ["BatchDone", "BatchItem", "BatchRequest"]


class BatchRequest(BaseModel):
    """Many posts; answered as SSE: one ``caption`` event per post, then ``done``."""

    model_config = ConfigDict(extra="forbid")
    posts: list[CaptionRequest] = Field(..., min_length=1, max_length=100)
    concurrency: int = Field(4, ge=1, le=16, description="posts captioned at once")


class BatchItem(BaseModel):
    """The ``data`` of one ``event: caption`` (or ``event: error``) of a batch."""

    index: int = Field(..., description="position of the post in `posts`")
    done: int = Field(..., description="posts finished so far, this one included")
    total: int
    result: CaptionResult | None = None
    error: str | None = None


class BatchDone(BaseModel):
    """The ``data`` of the final ``event: done``."""

    total: int
    failed: int
