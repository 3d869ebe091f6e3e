"""Runs one build under /usr/bin/time -v and reads what it reports."""
import os, re, subprocess, time
from dataclasses import dataclass, field

TIME = "/usr/bin/time"


@dataclass
class Run:
    wall_s: float
    peak_rss_mib: float
    pages: int
    stages_ms: dict = field(default_factory=dict)  # ours only: stage name -> ms, in the build's order


class BuildFailed(Exception):
    pass


def timed(command, cwd, log_path):
    """Runs command with its output in log_path; returns (wall seconds, peak RSS in MiB, output text).

    The wall time is taken here around the whole process rather than from time's "Elapsed"
    line, which has only centiseconds (Hugo builds 100 articles in a few of them); the peak RSS
    is time's.
    """
    report = log_path + ".time"
    start = time.perf_counter()
    with open(log_path, "w", encoding="utf-8") as log:
        code = subprocess.call([TIME, "-v", "-o", report, *command], cwd=cwd, stdout=log, stderr=subprocess.STDOUT)
    wall = time.perf_counter() - start
    output = open(log_path, encoding="utf-8", errors="replace").read()
    if code != 0:
        tail = "\n".join(output.splitlines()[-20:])
        raise BuildFailed(f"{' '.join(command)} exited with {code}; the end of {log_path}:\n{tail}")
    rss_kib = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", open(report).read()).group(1))
    return wall, rss_kib / 1024, output


def ours(generator, root, output_dir, cwd, log_path):
    """One build by our generator (a command: ["dotnet", "…/Site.dll"] or the native program);
    pages and stage times come from its --verbose summary."""
    command = [*generator, "--verbose", "--output", output_dir] + (["--root", root] if root else [])
    wall, rss, text = timed(command, cwd, log_path)
    pages = re.search(r"^Built (\d+) pages", text, re.M)
    stages = re.search(r"^\s*stages: (.*)$", text, re.M)
    if not pages or not stages:
        raise BuildFailed(f"no summary or stages line in {log_path}")
    stage_times = {name: int(ms) for name, ms in (re.fullmatch(r"(.+) (\d+) ms", part).groups() for part in stages.group(1).split(", "))}
    return Run(wall, rss, int(pages.group(1)), stage_times)


def hugo(hugo_binary, source, output_dir, log_path):
    wall, rss, _ = timed([hugo_binary, "--source", source, "--destination", output_dir, "--quiet"], source, log_path)
    return Run(wall, rss, count_html_pages(output_dir))


def count_html_pages(folder):
    """HTML files Hugo wrote, leaving out its redirect stubs (page/1.html points back at the list itself)."""
    count = 0
    for directory, _, files in os.walk(folder):
        for name in files:
            if name.endswith(".html"):
                with open(os.path.join(directory, name), "rb") as f:
                    if b'http-equiv="refresh"' not in f.read(1024):
                        count += 1
    return count
