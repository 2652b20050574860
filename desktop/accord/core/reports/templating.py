"""Jinja2 templates of the HTML and Markdown reports, and the escaping they rely on.

The bundled templates are `resources/templates/report.html.j2` and
`report.md.j2`. A user's own template (`--template PATH`) is loaded from its
folder with the bundled folder behind it, so it can start with
`{% extends "report.html.j2" %}` and override a block (`style`, `header`,
`codes`, ...) instead of copying the whole file.

Escaping is on by default: in HTML every `{{ value }}` is HTML-escaped
(autoescape); in Markdown every `{{ value }}` is Markdown-escaped (a finalize
hook) unless a filter below already produced safe Markdown. Templates run in
Jinja's sandbox, so a template shared between users cannot reach Python.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import jinja2
from jinja2.sandbox import SandboxedEnvironment
from markupsafe import Markup, escape

from ..errors import AccordError, NotFound
from ..language import Report, fill, localise

HTML_TEMPLATE = "report.html.j2"
MARKDOWN_TEMPLATE = "report.md.j2"


class TemplateError(AccordError):
    """A report template is missing or broken; the message names the file and line."""


def templates_dir() -> Path:
    from ...resources import resource

    return resource("templates")


# -- shared formatting filters ---------------------------------------------------
# Numbers follow the report's language (core/language.py `using`): 1,234.5 in English, 1.234,5 in German.
def number(value) -> str:
    if value is None:
        return "–"
    if isinstance(value, float) and not value.is_integer():
        return localise(f"{value:,.2f}")
    return localise(f"{int(value):,}")


def percent(value) -> str:
    """A fraction 0..1 as a percentage."""
    return "–" if value is None else localise(f"{100 * value:.1f}") + " %"


def decimal(value, places: int = 2) -> str:
    if value is None:
        return "–"
    if round(value, places) == 0:
        value = 0.0  # no "−0.00"
    text = localise(f"{value:.{places}f}")
    return text.replace("-", "−") if value < 0 else text


def interval(low, high, places: int = 2) -> str:
    if low is None or high is None:
        return ""
    between = "; " if localise("0.5") != "0.5" else ", "  # "[0,55; 0,80]" where the comma is the decimal sign
    return f"[{decimal(low, places)}{between}{decimal(high, places)}]"


def t(text: str, *values) -> str:
    """A template's text in the report's language, %1… filled with `values` (see template_words.py)."""
    return fill(Report.tr(text), *values)


def tn(text: str, count: int, *values) -> str:
    """A plural message ("%Ln coding(s)") in the report's language, %1… filled with `values`."""
    return fill(Report.tr(text, "", int(count)), *values)


def plural(count: int, word: str, words: str | None = None) -> str:
    return f"{number(count)} {word if count == 1 else (words or word + 's')}"


def _globals() -> dict[str, Any]:
    return {"t": t, "tn": tn}


def _common_filters() -> dict[str, Any]:
    return {"number": number, "percent": percent, "decimal": decimal, "interval": interval, "plural": plural}


# -- HTML ----------------------------------------------------------------------
CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")


def _html_finalize(value):
    """Drop control characters (not allowed in HTML or XML) from every value; keep markup marked safe."""
    if isinstance(value, Markup):
        return Markup(CONTROL.sub("", value)) if CONTROL.search(value) else value
    if isinstance(value, str) and CONTROL.search(value):
        return CONTROL.sub("", value)
    return value


def html_paragraphs(text: str) -> Markup:
    """Plain text as escaped HTML paragraphs (blank lines) with line breaks."""
    blocks = [b.strip("\n") for b in re.split(r"\n\s*\n", text.replace("\r\n", "\n")) if b.strip()]
    return Markup("".join(
        "<p>" + str(escape(block)).replace("\n", "<br>\n") + "</p>" for block in blocks))


def html_lines(text: str) -> Markup:
    """Plain text, escaped, with its line breaks kept."""
    return Markup(str(escape(text.replace("\r\n", "\n"))).replace("\n", "<br>\n"))


# -- Markdown --------------------------------------------------------------------
class MarkdownSafe(str):
    """Text that is already valid Markdown (not escaped again by the finalize hook)."""


_INLINE = re.compile(r"([\\`*_\[\]{}|~])")
_ENTITY = re.compile(r"&(?=#?\w+;)")
_LINE_START = re.compile(r"^(\s*)(?:([#+=\-])|(\d+)([.)]))")


def md_escape(text) -> MarkdownSafe:
    """Text as literal Markdown on one line: no emphasis, links, HTML or table breaks."""
    if isinstance(text, MarkdownSafe):
        return text
    text = re.sub(r"\s+", " ", CONTROL.sub("", str(text)))
    text = _INLINE.sub(r"\\\1", text)
    text = _ENTITY.sub("&amp;", text)
    text = text.replace("<", "&lt;").replace(">", "&gt;")
    return MarkdownSafe(text)


def md_block(text: str, prefix: str = "") -> MarkdownSafe:
    """Plain text as literal Markdown paragraphs, each line starting with `prefix` (e.g. "> ")."""
    blocks = [b for b in re.split(r"\n\s*\n", str(text).replace("\r\n", "\n")) if b.strip()]
    out = []
    for block in blocks:
        lines = []
        for line in block.split("\n"):
            escaped = md_escape(line)
            escaped = _LINE_START.sub(_escape_line_start, escaped, count=1)
            lines.append(prefix + escaped)
        out.append("  \n".join(lines))  # two spaces: a hard line break
    return MarkdownSafe(("\n" + prefix.rstrip() + "\n").join(out) if prefix else "\n\n".join(out))


def _escape_line_start(match: re.Match) -> str:
    """Keep a line from starting a heading, list or rule: '# x' -> '\\# x', '1. x' -> '1\\. x'."""
    if match.group(2):
        return match.group(1) + "\\" + match.group(2)
    return match.group(1) + match.group(3) + "\\" + match.group(4)


def md_quote(text: str) -> MarkdownSafe:
    return md_block(text, "> ")


def md_raw(text: str) -> MarkdownSafe:
    """Mark template-made Markdown as safe (never for project text)."""
    return MarkdownSafe(text)


def _markdown_safe(function):
    def wrapped(*args, **kwargs):
        return MarkdownSafe(function(*args, **kwargs))

    return wrapped


def _md_finalize(value):
    if value is None:
        return ""
    if isinstance(value, MarkdownSafe):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return number(value)
    return md_escape(value)


# -- environments ------------------------------------------------------------------
def environment(kind: str, template: Path | None = None) -> tuple[jinja2.Environment, str]:
    """A Jinja environment for "html" or "md" and the name of the template to render."""
    bundled = templates_dir()
    name = HTML_TEMPLATE if kind == "html" else MARKDOWN_TEMPLATE
    search = [str(bundled)]
    if template is not None:
        template = Path(template)
        if not template.is_file():
            raise NotFound(f"{template}: no such template file")
        search.insert(0, str(template.resolve().parent))
        name = template.name
    loader = jinja2.FileSystemLoader(search, encoding="utf-8")
    if kind == "html":
        env = SandboxedEnvironment(loader=loader, autoescape=True, trim_blocks=True, lstrip_blocks=True,
                                   finalize=_html_finalize, undefined=jinja2.StrictUndefined)
        env.filters.update(paragraphs=html_paragraphs, lines=html_lines)
    else:
        env = SandboxedEnvironment(loader=loader, autoescape=False, trim_blocks=True, lstrip_blocks=True,
                                   keep_trailing_newline=True, finalize=_md_finalize,
                                   undefined=jinja2.StrictUndefined)
        env.filters.update(md=md_escape, md_block=md_block, md_quote=md_quote, md_raw=md_raw)
    env.filters.update(_common_filters())
    env.globals.update(_globals())
    if kind != "html":  # figures hold digits, signs and brackets only: no escaping needed
        for figure in ("number", "percent", "decimal", "interval"):
            env.filters[figure] = _markdown_safe(env.filters[figure])
    return env, name


def render(kind: str, context: dict[str, Any], template: Path | None = None) -> str:
    """Render the bundled (or the given) template; template faults raise TemplateError (one line)."""
    env, name = environment(kind, template)
    try:
        return env.get_template(name).render(**context)
    except jinja2.TemplateSyntaxError as error:
        where = error.filename or name
        raise TemplateError(f"template {where}, line {error.lineno}: {error.message}") from error
    except jinja2.TemplateNotFound as error:
        raise TemplateError(f"template {error.name!r} not found (looked in {', '.join(env.loader.searchpath)})") \
            from error
    except (jinja2.UndefinedError, jinja2.exceptions.SecurityError, TypeError) as error:
        raise TemplateError(f"template {template or name}: {error}") from error


# -- what every template gets ------------------------------------------------------
MAX_PAIRS = 30          # co-occurring pairs listed in the documents (the tables export has all)
MAX_DOCUMENTS_PER_CODE = 12
MAX_MATRIX_DOCUMENTS = 40   # columns of a code × document table (the tables export has all)


def context_for(model, **extra) -> dict[str, Any]:
    """The variables of a report template: `report` (the ReportModel) and a few helpers."""
    by_id = {c.id: c for c in model.codes}
    pairs = [(by_id[a], by_id[b], n) for a, b, n in model.cooccurrence.pairs]

    def top_documents(code, limit: int = MAX_DOCUMENTS_PER_CODE):
        """A code's documents with the most codings (report order among equals) and how many are left out."""
        ranked = sorted(code.by_document.items(), key=lambda item: -item[1])
        return ranked[:limit], max(0, len(ranked) - limit)

    documents = model.documents
    if len(documents) > MAX_MATRIX_DOCUMENTS:
        keep = {d.id for d in sorted(documents, key=lambda d: -d.codings)[:MAX_MATRIX_DOCUMENTS]}
        documents = [d for d in documents if d.id in keep]

    context = {
        "matrix_documents": documents,   # the documents of a code × document table
        "matrix_left_out": len(model.documents) - len(documents),
        "report": model,
        "codes": model.codes,
        "coders": model.coders,
        "documents": model.documents,
        "agreement": model.agreement,
        "multiple_coders": len(model.coders) > 1,
        "pairs": pairs[:MAX_PAIRS],
        "more_pairs": max(0, len(pairs) - MAX_PAIRS),
        "top_documents": top_documents,
        "code_count": len(model.codes),
        "used_codes": sum(1 for c in model.codes if c.codings),
    }
    context.update(extra)
    return context
