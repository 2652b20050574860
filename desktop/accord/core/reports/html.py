"""The report as one self-contained HTML file: inline CSS and SVG charts, no scripts, prints well."""

from __future__ import annotations

from pathlib import Path

from .charts import report_charts
from .model import ReportModel
from .templating import context_for, render


def render_html(model: ReportModel, template: Path | None = None) -> str:
    """The HTML text of the report (from the bundled template or `template`)."""
    return render("html", context_for(model, charts=report_charts(model)), template)
