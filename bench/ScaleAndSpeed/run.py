#!/usr/bin/env python3
"""Scale and speed: our generator against Hugo on the same generated articles, the shipped
site's warm build, and the preview's save → reload time.

Usage: python3 bench/ScaleAndSpeed/run.py [--sizes 100,1000,10000] [--runs 3]
           [--parts scale,warm,preview] [--warm-runs 5] [--edits 20] [--keep]

Builds the generator twice, as the README builds it (Release, ReadyToRun on a JIT runtime) and
compiled ahead of time to a native program (skipped, with the reason, when that cannot be built
here: it needs clang or gcc), then works on tmpfs (/dev/shm): corpora, outputs and the
preview's copy of the project. Prints a Markdown report and saves it with the raw numbers in
bench/ScaleAndSpeed/results/. See bench/README.md for what each column means.
"""
import argparse, datetime, json, os, shutil, subprocess, sys, tempfile
from dataclasses import asdict

import measure, preview_latency, report

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DLL = os.path.join("bin", "Release", "net10.0", "Site.dll")
NATIVE_DIR = os.path.join("bin", "native")
# The builds of ours measured, by the name the report gives them.
README_BUILD = "ours"
NATIVE_BUILD = "ours, native"
MAKE_CORPUS = os.path.join(REPO, "bench", "ManyArticles", "make-corpus.py")
RESULTS = os.path.join(REPO, "bench", "ScaleAndSpeed", "results")
PARTS = ("scale", "warm", "preview")


def arguments():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="100,1000,10000", help="generated article counts, comma-separated (default: %(default)s)")
    parser.add_argument("--runs", type=int, default=3, help="builds per tool and size (default: %(default)s)")
    parser.add_argument("--parts", default=",".join(PARTS), help=f"which of {', '.join(PARTS)} to run (default: all)")
    parser.add_argument("--warm-runs", type=int, default=5, help="timed warm builds of the shipped site (default: %(default)s)")
    parser.add_argument("--edits", type=int, default=20, help="saves measured in the preview (default: %(default)s)")
    parser.add_argument("--keep", action="store_true", help="keep the tmpfs work folder (corpora, outputs, logs)")
    args = parser.parse_args()
    args.sizes = sorted(int(s) for s in args.sizes.split(",") if s.strip())
    args.parts = [p.strip() for p in args.parts.split(",") if p.strip()]
    unknown = set(args.parts) - set(PARTS)
    if unknown:
        parser.error(f"unknown part(s) {', '.join(sorted(unknown))}; choose from {', '.join(PARTS)}")
    return args


def first_line(command):
    try:
        return subprocess.run(command, capture_output=True, text=True, check=True).stdout.strip().splitlines()[0]
    except (OSError, subprocess.CalledProcessError, IndexError):
        return "not available"


def machine(hugo):
    model = next((line.split(":", 1)[1].strip() for line in subprocess.run(["lscpu"], capture_output=True, text=True).stdout.splitlines()
                  if line.startswith("Model name")), "unknown CPU")
    return {"date": datetime.date.today().isoformat(), "cores": first_line(["nproc"]), "cpu": model,
            "dotnet": first_line(["dotnet", "--version"]), "hugo": first_line([hugo, "version"]) if hugo else "Hugo not installed"}


def build_generators():
    """{build name: command}: the README's build always, the native one when it can be built."""
    print("Building the generator (dotnet build -c Release Site.csproj)…", flush=True)
    built = subprocess.run(["dotnet", "build", "-c", "Release", "Site.csproj"], cwd=REPO, capture_output=True, text=True)
    if built.returncode != 0:
        sys.exit(built.stdout[-3000:] + built.stderr[-2000:] + "\nerror: the Release build failed.")
    generators = {README_BUILD: ["dotnet", DLL]}
    print(f"Building the native generator (dotnet publish -c Release -p:PublishAot=true -o {NATIVE_DIR})…", flush=True)
    native = subprocess.run(["dotnet", "publish", "Site.csproj", "-c", "Release", "-p:PublishAot=true", "-o", NATIVE_DIR],
                            cwd=REPO, capture_output=True, text=True)
    if native.returncode == 0:
        generators[NATIVE_BUILD] = [os.path.join(REPO, NATIVE_DIR, "Site")]
    else:
        errors = [line.strip() for line in native.stdout.splitlines() if ": error " in line] or native.stdout.splitlines()[-5:]
        print("The native build failed, so it is not measured:\n  " + "\n  ".join(errors[:5]), flush=True)
    return generators


def scale(work, sizes, runs, hugo, keep, generators):
    """Each size: make the corpus, then our builds and Hugo interleaved, each on a fresh output folder."""
    by_size = {}
    for size in sizes:
        corpus = os.path.join(work, f"corpus-{size}")
        print(f"Corpus of {size:,} articles…", flush=True)
        subprocess.run([sys.executable, MAKE_CORPUS, str(size), corpus], check=True)
        by_size[size] = {**{name: [] for name in generators}, "hugo": []}
        for run in range(1, runs + 1):
            for name, generator in generators.items():
                out = fresh(os.path.join(work, "out-ours"))
                result = measure.ours(generator, corpus, out, REPO, os.path.join(work, f"{slug(name)}-{size}-{run}.log"))
                by_size[size][name].append(result)
                print(f"  {size:,} run {run}: {name} {result.wall_s:.2f} s, {result.peak_rss_mib:.0f} MiB, {result.pages:,} pages", flush=True)
            if hugo:
                out = fresh(os.path.join(work, "out-hugo"))
                result = measure.hugo(hugo, os.path.join(corpus, "hugo"), out, os.path.join(work, f"hugo-{size}-{run}.log"))
                by_size[size]["hugo"].append(result)
                print(f"  {size:,} run {run}: Hugo {result.wall_s:.2f} s, {result.peak_rss_mib:.0f} MiB, {result.pages:,} pages", flush=True)
        if not keep:
            shutil.rmtree(corpus)  # a 10,000-article corpus takes a lot of tmpfs
    return by_size


def warm(work, runs, generators):
    """The shipped site, built from the repository root by each built generator, interleaved; one untimed build each first."""
    out = os.path.join(work, "out-warm")
    print(f"Warm build of the shipped site: 1 untimed + {runs} timed per build…", flush=True)
    by_build = {name: [] for name in generators}
    for name, generator in generators.items():
        measure.ours(generator, None, out, REPO, os.path.join(work, f"warm-{slug(name)}-0.log"))
    for run in range(1, runs + 1):
        for name, generator in generators.items():
            by_build[name].append(measure.ours(generator, None, out, REPO, os.path.join(work, f"warm-{slug(name)}-{run}.log")))
    return by_build


def preview(work, edits, generators):
    by_build = {}
    for name, generator in generators.items():
        print(f"Preview ({name}): {edits} saves…", flush=True)
        by_build[name] = preview_latency.measure(REPO, generator, os.path.join(work, f"preview-root-{slug(name)}"), edits,
                                                 os.path.join(work, f"preview-{slug(name)}.log"))
    return by_build


def slug(name):
    return name.replace(", ", "-")


def fresh(path):
    if os.path.exists(path):
        shutil.rmtree(path)
    return path


def main():
    args = arguments()
    if not os.path.exists(measure.TIME):
        sys.exit(f"error: {measure.TIME} is missing; it measures peak memory. Install GNU time (sudo apt-get install -y time).")
    hugo = shutil.which("hugo")
    if "scale" in args.parts and not hugo:
        print("Hugo is not installed (no `hugo` on PATH): measuring ours only.", flush=True)
    shm = "/dev/shm" if os.path.isdir("/dev/shm") else None
    if not shm:
        print("No /dev/shm here: working in the ordinary temporary folder, so disk speed is in the figures.", flush=True)
    work = tempfile.mkdtemp(prefix="scale-bench-", dir=shm)

    facts = machine(hugo)
    generators = build_generators()
    sections = [f"## Scale and speed ({facts['date']})", "",
                f"Machine: {facts['cores']} cores, {facts['cpu']}; .NET SDK {facts['dotnet']}; {facts['hugo']}.", ""]
    raw = {"machine": facts, "args": vars(args)}
    try:
        if "scale" in args.parts and args.sizes:
            by_size = scale(work, args.sizes, args.runs, hugo, args.keep, generators)
            sections += ["### Ours against Hugo", "", report.scale_section(by_size, args.runs, bool(hugo))]
            raw["scale"] = {size: {tool: [asdict(r) for r in runs] for tool, runs in tools.items()} for size, tools in by_size.items()}
        if "warm" in args.parts:
            by_build = warm(work, args.warm_runs, generators)
            sections += ["### Warm build of the shipped site", "", report.warm_section(by_build)]
            raw["warm"] = {name: [asdict(r) for r in runs] for name, runs in by_build.items()}
        if "preview" in args.parts:
            by_build = preview(work, args.edits, generators)
            sections += ["### Preview: save → reload", "", report.preview_section(by_build)]
            raw["preview"] = {name: [asdict(e) for e in edits] for name, edits in by_build.items()}
    except (measure.BuildFailed, RuntimeError) as problem:
        sys.exit(f"error: {problem}")
    finally:
        if args.keep:
            print(f"Kept the work folder {work}", flush=True)
        else:
            shutil.rmtree(work, ignore_errors=True)

    text = "\n".join(sections)
    print("\n" + text)
    os.makedirs(RESULTS, exist_ok=True)
    stamp = datetime.datetime.now().strftime("%Y-%m-%d-%H%M%S")
    with open(os.path.join(RESULTS, f"{stamp}.md"), "w", encoding="utf-8") as f:
        f.write(text)
    with open(os.path.join(RESULTS, f"{stamp}.json"), "w", encoding="utf-8") as f:
        json.dump(raw, f, indent=1)
    print(f"Saved in bench/ScaleAndSpeed/results/{stamp}.md and .json")


main()
