"""The HTML trace of one answer: like a notebook, one cell per program step with the objects it kept.

Self-contained (the image is embedded, boxes are SVG), so the file can be mailed or attached to a bug report.
"""

from __future__ import annotations

import base64
import html
import io
from typing import Any

from PIL import Image

from nsvr.scene_graph.executor import Answer, StepTrace
from nsvr.scene_graph.models import SceneGraph
from nsvr.scene_graph.program import Program
from nsvr.tools.session import ToolCall

_STYLE = """
body{font-family:system-ui,sans-serif;max-width:980px;margin:2em auto;color:#222}
h1{font-size:1.3em} .answer{font-size:1.6em;font-weight:600}
.cell{border:1px solid #ddd;border-radius:8px;margin:1em 0;padding:.8em;display:flex;gap:1em}
.cell.failed{border-color:#d33;background:#fff4f4} .meta{flex:1} code{background:#f4f4f4;padding:0 .3em}
.status-ok{color:#180} .status-unknown{color:#b60} .status-error{color:#c00} svg{flex:0 0 auto}
"""


def _image_data_uri(image: Image.Image, max_side: int = 640) -> str:
    scale = min(1.0, max_side / max(image.size))
    shown = image.convert("RGB").resize((max(1, int(image.width * scale)), max(1, int(image.height * scale))))
    buffer = io.BytesIO()
    shown.save(buffer, format="JPEG", quality=80)
    return "data:image/jpeg;base64," + base64.b64encode(buffer.getvalue()).decode()


def _svg(graph: SceneGraph, kept: list[str], image_uri: str | None, width: int = 320) -> str:
    """The image in the graph's pixel coordinates, kept objects' boxes in red, the others faint."""
    view_w, view_h = max(1, graph.width), max(1, graph.height)
    height = int(width * view_h / view_w)
    parts = [f'<svg width="{width}" height="{height}" viewBox="0 0 {view_w} {view_h}">']
    if image_uri:
        parts.append(f'<image href="{image_uri}" width="{view_w}" height="{view_h}"/>')
    else:
        parts.append(f'<rect width="{view_w}" height="{view_h}" fill="#eee"/>')
    stroke = max(1.0, view_w / 300)
    for obj in graph.objects:
        if obj.box is None:
            continue
        x1, y1, x2, y2 = obj.box
        on = obj.id in kept
        color, opacity = ("#e6194b", 1.0) if on else ("#888", 0.35)
        parts.append(
            f'<rect x="{x1}" y="{y1}" width="{x2 - x1}" height="{y2 - y1}" fill="none" stroke="{color}" '
            f'stroke-width="{stroke * (2 if on else 1)}" opacity="{opacity}"><title>{html.escape(obj.id)} '
            f"{html.escape(obj.name)}</title></rect>"
        )
    parts.append("</svg>")
    return "".join(parts)


def _describe(step: StepTrace, graph: SceneGraph) -> str:
    if step.failed:
        return f"<b>failed:</b> {html.escape(step.failed)}"
    if step.objects is not None:
        names = ", ".join(f"{html.escape(i)} ({html.escape(graph.object(i).name)})" for i in step.objects[:30])
        more = f" and {len(step.objects) - 30} more" if len(step.objects) > 30 else ""
        return f"kept {len(step.objects)} object(s): {names or '—'}{more}"
    return f"value: <code>{html.escape(str(step.value))}</code>"


def _tools_cell(calls: list[ToolCall]) -> str:
    """One cell: each perception tool call with its request, what it returned, its time, cache hits marked."""
    rows = "".join(
        f"<tr><td><code>{html.escape(c.tool)}</code></td><td>{html.escape(c.request)}</td><td>{c.returned}</td>"
        f"<td>{'cached' if c.cached else f'{c.seconds * 1000:.0f} ms'}</td></tr>"
        for c in calls
    )
    total = sum(c.seconds for c in calls if not c.cached)
    return (
        '<div class="cell tools"><div class="meta"><code>perception</code> '
        f"— {len(calls)} tool call(s), {total * 1000:.0f} ms"
        "<table><tr><th>tool</th><th>asked</th><th>returned</th><th>time</th></tr>"
        f"{rows}</table></div></div>"
    )


def render_trace_html(
    question: str,
    program: Program | None,
    answer: Answer,
    graph: SceneGraph,
    image: Image.Image | None = None,
    extra: dict[str, Any] | None = None,
    tool_calls: list[ToolCall] | None = None,
) -> str:
    """The trace page: question, answer with status and reason, a cell with the perception tools that ran for
    it, then one cell per executed step."""
    uri = _image_data_uri(image) if image is not None else None
    head = (
        f"<h1>{html.escape(question)}</h1>"
        f'<p class="answer status-{answer.status}">{html.escape(answer.text)}</p>'
        f"<p>status <b>{answer.status}</b>"
        + (f" — {html.escape(answer.reason)}" if answer.reason else "")
        + f"; evidence: {html.escape(', '.join(answer.evidence) or 'none')}</p>"
        + f"{_svg(graph, answer.evidence, uri, width=640)}"
    )
    cells = [_tools_cell(tool_calls)] if tool_calls else []
    for step in answer.trace:
        args = ", ".join(f"{k}={v}" for k, v in step.arguments.items())
        refs = f" ← steps {', '.join(map(str, step.inputs))}" if step.inputs else ""
        kept = step.objects or []
        cells.append(
            f'<div class="cell{" failed" if step.failed else ""}">{_svg(graph, kept, uri)}'
            f'<div class="meta"><code>{step.index} {html.escape(step.op)}({html.escape(args)})</code>{refs}'
            f"<p>{_describe(step, graph)}</p></div></div>"
        )
    footer = ""
    if program is not None:
        footer += f"<h2>Program</h2><pre>{html.escape(program.pretty())}</pre>"
    if extra:
        rows = "".join(f"<tr><td>{html.escape(k)}</td><td>{html.escape(str(v))}</td></tr>" for k, v in extra.items())
        footer += f"<h2>Run</h2><table>{rows}</table>"
    return (
        f"<!doctype html><html><head><meta charset='utf-8'><title>nsvr — {html.escape(question)}</title>"
        f"<style>{_STYLE}</style></head><body>{head}<h2>Steps</h2>{''.join(cells)}{footer}</body></html>"
    )
