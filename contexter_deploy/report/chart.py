"""The monthly cost chart: one stacked bar per environment, as a deterministic SVG.

matplotlib is imported here only, when the docs are written: it costs about half a second.
"""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence


def cost_svg(costs: Mapping[str, Sequence[tuple[str, float]]]) -> str:
    """SVG text of the stacked bars: environments on x, USD per month, one colour per category.

    Byte-identical for identical input: a fixed ``svg.hashsalt``, no date in the metadata,
    text as paths.
    """
    import matplotlib

    matplotlib.use("svg")
    import matplotlib.pyplot as plt

    categories = sorted({category for lines in costs.values() for category, _ in lines})
    environments = list(costs)
    with matplotlib.rc_context(
        {"svg.hashsalt": "contexter-readiness", "svg.fonttype": "path", "font.family": "DejaVu Sans"}
    ):
        figure, axes = plt.subplots(figsize=(8, 4.5))
        bottoms = [0.0] * len(environments)
        colours = plt.get_cmap("tab10")
        for index, category in enumerate(categories):
            values = [dict(costs[env]).get(category, 0.0) for env in environments]
            axes.bar(
                environments, values, bottom=bottoms, label=category, color=colours(index % 10), width=0.6
            )
            bottoms = [b + v for b, v in zip(bottoms, values, strict=True)]
        for x, total in enumerate(bottoms):
            axes.annotate(f"${total:,.0f}", (x, total), ha="center", va="bottom", fontsize=9)
        axes.set_ylabel("USD per month")
        axes.set_title("Estimated monthly cost (contexter_deploy/report/prices.yaml)")
        axes.legend(loc="upper left", fontsize=8, frameon=False)
        axes.spines[["top", "right"]].set_visible(False)
        buffer = io.StringIO()
        figure.savefig(buffer, format="svg", metadata={"Date": None, "Creator": None}, bbox_inches="tight")
        plt.close(figure)
    return buffer.getvalue()
