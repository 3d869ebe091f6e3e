"""Save → reload in the preview: from writing an input file until an open page hears of the
rebuild, and until the changed page is served with the change.

The preview prints "Serving http://127.0.0.1:PORT/ …" once its first build is done; it sends
each new site state as a server-sent event on /__reload ("data: {json}", with a "version" that
changes whenever a rebuild changed files). This client listens there as a page would.
"""
import glob, http.client, json, os, queue, re, shutil, signal, subprocess, threading, time
from dataclasses import dataclass

EVENTS_PATH = "/__reload"
START_TIMEOUT_S = 300
REBUILD_TIMEOUT_S = 120
QUIET_S = 0.5  # after each edit, so the next one starts a batch of its own (the preview waits 50 ms)


@dataclass
class Edit:
    notified_ms: float  # write → the reload event reached the client
    served_ms: float    # write → the changed page came back with the change


def copy_project(repo, root):
    for folder in ("seeds", "input", "theme"):
        shutil.copytree(os.path.join(repo, folder), os.path.join(root, folder))


def measure(repo, generator, root, edits, log_path):
    """Starts the preview on a copy of the project in root, makes the edits, stops it; returns one Edit per edit."""
    copy_project(repo, root)
    source, page = edited_argument(root)
    original = open(source, encoding="utf-8").read()
    with open(log_path, "w", encoding="utf-8") as log:
        preview = subprocess.Popen([*generator, "preview", "--port", "0", "--root", root],
                                   cwd=repo, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        address, copier = watch_output(preview, log)
        try:
            serving = address.get(timeout=START_TIMEOUT_S)
            if serving is None:
                raise RuntimeError(f"the preview stopped before serving; see {log_path}")
            host, port = serving
            events = queue.Queue()
            threading.Thread(target=listen, args=(host, port, events), daemon=True).start()
            version = events.get(timeout=REBUILD_TIMEOUT_S)[1]["version"]
            fetch(host, port, page)  # the page exists before the first edit
            results = []
            for number in range(1, edits + 1):
                edit, version = one_edit(host, port, events, version, source, original, f"scalebench{number}", page)
                results.append(edit)
                time.sleep(QUIET_S)
                version = drain(events, version)
            return results
        finally:
            stop(preview)
            copier.join()
            with open(source, "w", encoding="utf-8") as f:
                f.write(original)


def edited_argument(root):
    """The first argument file of the first article, and the output page it becomes."""
    source = sorted(glob.glob(os.path.join(root, "input", "articles", "*", "arguments", "*.md")))[0]
    article = os.path.basename(os.path.dirname(os.path.dirname(source)))
    front = open(source, encoding="utf-8").read().split("---")[1]
    argument_id = re.search(r"^id:\s*(\S+)", front, re.M).group(1)
    return source, f"/articles/{article}/arguments/{argument_id}.html"


def watch_output(preview, log):
    """Copies the preview's output to log; the queue gets (host, port) when it says where it serves, None if it ends first."""
    address = queue.Queue()

    def copy():
        for line in preview.stdout:
            log.write(line)
            if match := re.search(r"Serving http://([\d.]+):(\d+)/", line):
                address.put((match.group(1), int(match.group(2))))
        address.put(None)

    copier = threading.Thread(target=copy, daemon=True)
    copier.start()
    return address, copier


def listen(host, port, events):
    """Puts (arrival time, state) on events for every reload event, as a connected page gets them."""
    connection = http.client.HTTPConnection(host, port)
    connection.request("GET", EVENTS_PATH, headers={"Accept": "text/event-stream"})
    stream = connection.getresponse()
    while line := stream.readline():
        if line.startswith(b"data: "):
            events.put((time.perf_counter(), json.loads(line[6:])))


def one_edit(host, port, events, version, source, original, marker, page):
    """Appends marker to the argument's body, waits for the reload, then for the page to show it; returns (Edit, new version)."""
    start = time.perf_counter()
    with open(source, "w", encoding="utf-8") as f:
        f.write(original.rstrip("\n") + " " + marker + "\n")
    while True:
        arrived, state = events.get(timeout=REBUILD_TIMEOUT_S)
        if state["errors"]:
            raise RuntimeError(f"the rebuild after adding {marker!r} failed: {state['errors'][0]}")
        if state["version"] != version:
            break
    while marker not in fetch(host, port, page):
        if time.perf_counter() - start > REBUILD_TIMEOUT_S:
            raise RuntimeError(f"{page} never showed {marker!r}")
    served = time.perf_counter()
    return Edit((arrived - start) * 1000, (served - start) * 1000), state["version"]


def drain(events, version):
    """The latest version among events that arrived since (a save can bring more than one)."""
    while True:
        try:
            version = events.get_nowait()[1]["version"]
        except queue.Empty:
            return version


def fetch(host, port, path):
    connection = http.client.HTTPConnection(host, port, timeout=REBUILD_TIMEOUT_S)
    try:
        connection.request("GET", path)
        response = connection.getresponse()
        body = response.read().decode("utf-8")
        if response.status != 200:
            raise RuntimeError(f"GET {path} answered {response.status}")
        return body
    finally:
        connection.close()


def stop(preview):
    """Ctrl+C, as an editor stops it; a kill only if it does not stop within 15 s."""
    if preview.poll() is None:
        preview.send_signal(signal.SIGINT)
        try:
            preview.wait(timeout=15)
        except subprocess.TimeoutExpired:
            preview.kill()
            preview.wait()
