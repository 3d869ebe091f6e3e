"""The Markdown the benchmark prints: medians, ratios to Hugo and growth between sizes."""
from statistics import median


def table(header, rows, right_from=1):
    """A Markdown table; columns from right_from on are numbers and align right."""
    rule = ["---" if i < right_from else "---:" for i in range(len(header))]
    return "\n".join("| " + " | ".join(str(c) for c in row) + " |" for row in [header, rule, *rows])


def seconds(value):
    return f"{value:.2f}"


def ratio(ours, theirs):
    return f"{ours / theirs:.1f}×" if theirs else "—"


def summarise(runs):
    """Median wall, RSS and pages/s of a list of measure.Run."""
    wall = median(r.wall_s for r in runs)
    return {"wall": wall, "rss": median(r.peak_rss_mib for r in runs), "pages": runs[0].pages, "pages_per_s": runs[0].pages / wall}


def scale_section(by_size, runs, hugo_present):
    """by_size: {articles: {build name: [Run], …, "hugo": [Run]}}; our builds come first, in the order measured."""
    rows, stage_rows, medians = [], [], {}
    for size, tools in by_size.items():
        hugo = summarise(tools["hugo"]) if tools["hugo"] else None
        builds = {name: summarise(results) for name, results in tools.items() if name != "hugo"}
        medians[size] = (builds, hugo)
        for name, ours in builds.items():
            rows.append([f"{size:,}", name, seconds(ours["wall"]), f"{ours['rss']:.0f}", f"{ours['pages']:,}", f"{ours['pages_per_s']:.0f}",
                         ratio(ours["wall"], hugo["wall"]) if hugo else "—", ratio(ours["rss"], hugo["rss"]) if hugo else "—"])
            stage_names = list(tools[name][0].stages_ms)
            stage_rows.append([f"{size:,}", name] + [f"{median(r.stages_ms.get(n, 0) for r in tools[name]):,.0f}" for n in stage_names])
        if hugo:
            rows.append([f"{size:,}", "Hugo", seconds(hugo["wall"]), f"{hugo['rss']:.0f}", f"{hugo['pages']:,}", f"{hugo['pages_per_s']:.0f}", "", ""])

    if hugo_present:
        lines = [f"Generated articles (plus the shipped one for ours); median of {runs} run(s) each, our builds and Hugo interleaved.", ""]
    else:
        lines = [f"Generated articles (plus the shipped one); median of {runs} run(s) each.", "",
                 "Hugo is not installed here (no `hugo` on PATH), so only ours was measured.", ""]
    lines += [table(["articles", "tool", "wall (s)", "peak RSS (MiB)", "pages", "pages/s", "wall vs Hugo", "RSS vs Hugo"], rows, right_from=2), ""]
    lines += ["Our time per stage (ms, median):", "", table(["articles", "build"] + stage_names, stage_rows, right_from=2), ""]
    growth = growth_rows(medians)
    if growth:
        lines += ["Growth between sizes (the later size's median over the earlier's):", "",
                  table(["from → to", "articles ×", "build", "ours wall ×", "Hugo wall ×", "ours RSS ×", "Hugo RSS ×"], growth, right_from=3), ""]
    return "\n".join(lines)


def growth_rows(medians):
    sizes = list(medians)
    rows = []
    for small, large in zip(sizes, sizes[1:]):
        (builds_s, hugo_s), (builds_l, hugo_l) = medians[small], medians[large]
        both_hugo = hugo_s and hugo_l
        for name in builds_s:
            ours_s, ours_l = builds_s[name], builds_l[name]
            rows.append([f"{small:,} → {large:,}", f"{large / small:.0f}", name,
                         ratio(ours_l["wall"], ours_s["wall"]), ratio(hugo_l["wall"], hugo_s["wall"]) if both_hugo else "—",
                         ratio(ours_l["rss"], ours_s["rss"]), ratio(hugo_l["rss"], hugo_s["rss"]) if both_hugo else "—"])
    return rows


def warm_section(by_build):
    """by_build: {build name: [Run]}."""
    rows, stage_lines = [], []
    for name, runs in by_build.items():
        walls = [r.wall_s for r in runs]
        rows.append([name, len(runs), seconds(median(walls)), seconds(min(walls)), seconds(max(walls)),
                     f"{median(r.peak_rss_mib for r in runs):.0f}", f"{runs[0].pages:,}"])
        stages = ", ".join(f"{n} {median(r.stages_ms.get(n, 0) for r in runs):,.0f} ms" for n in runs[0].stages_ms)
        stage_lines.append(f"- {name}: {stages}.")
    return "\n".join([table(["build", "runs", "median wall (s)", "min (s)", "max (s)", "peak RSS (MiB)", "pages"], rows, right_from=1), "",
                      "Median per stage:", "", *stage_lines, ""])


def preview_section(by_build):
    """by_build: {build name: [preview_latency.Edit]}."""
    rows = []
    for name, edits in by_build.items():
        notified = [e.notified_ms for e in edits]
        served = [e.served_ms for e in edits]
        rows.append([name, len(edits), f"{median(notified):,.0f}", f"{max(notified):,.0f}", f"{median(served):,.0f}", f"{max(served):,.0f}"])
    return table(["build", "edits", "notified median (ms)", "notified max (ms)", "served median (ms)", "served max (ms)"], rows) + "\n"
