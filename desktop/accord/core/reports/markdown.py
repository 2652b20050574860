"""The report as Markdown (CommonMark with GitHub-style tables); charts become tables."""

from __future__ import annotations

from pathlib import Path

from .model import ReportModel
from .templating import context_for, render


def render_markdown(model: ReportModel, template: Path | None = None) -> str:
    """The Markdown text of the report; every project string is escaped (see templating.md_escape)."""
    text = render("md", context_for(model), template)
    # Templates are easier to write with generous blank lines; keep at most one in the output.
    lines, blank = [], False
    for line in text.splitlines():
        if not line.strip():
            if not blank:
                lines.append("")
            blank = True
        else:
            lines.append(line.rstrip() if not line.endswith("  ") else line)
            blank = False
    return "\n".join(lines).strip() + "\n"
