"""What the dashboard shows: overview, ASIN table and page, comments, read from the rollups."""

from vocloop.analysis.dashboard.asins import AsinRow, AsinTable, asin_table, list_categories
from vocloop.analysis.dashboard.comments import (
    COMMENT_KINDS,
    CommentRow,
    CommentSearch,
    search_comments,
    source_record,
)
from vocloop.analysis.dashboard.detail import AsinDetail, MismatchRow, asin_detail
from vocloop.analysis.dashboard.overview import Overview, overview
from vocloop.analysis.dashboard.scope import Period, Scope

__all__ = [
    "COMMENT_KINDS",
    "AsinDetail",
    "AsinRow",
    "AsinTable",
    "CommentRow",
    "CommentSearch",
    "MismatchRow",
    "Overview",
    "Period",
    "Scope",
    "asin_detail",
    "asin_table",
    "list_categories",
    "overview",
    "search_comments",
    "source_record",
]
