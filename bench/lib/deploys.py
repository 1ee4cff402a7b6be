"""Deploys of a generated 41 MB repository, side by side with a bare `git push` of the same
commits to a bare repository on the same disk. Run by bench/deploys; prints one JSON object.

    python3 bench/lib/deploys.py BELT SANDBOX ROUNDS FIRST_ROUNDS
"""
import json
import os
import random
import statistics
import subprocess
import sys
import time

belt, sandbox, rounds, first_rounds = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
APP = "bench-deploys"
DIRS, FILES_PER_DIR, FILE_SIZE = 40, 50, 20_500  # 2,000 files, 41 MB
# A web process that only binds $PORT (so "up" is the dyno's start, not an app's boot).
PROCFILE = "web: exec python3 -S -c 'import os,socket,time; s=socket.socket(); s.bind((\"127.0.0.1\", int(os.environ[\"PORT\"]))); s.listen(); time.sleep(1e9)'\n"
# The same process's own start, alone: it binds and exits. Part of belt's "up" figure, though
# the app's rather than belt's, so the table shows it too.
APP_BOOT = "import os,socket,time; s=socket.socket(); s.bind(('127.0.0.1', 0)); s.listen()"


def run(*args, cwd=None, env=None):
    subprocess.run(args, cwd=cwd, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def output(*args, cwd=None, env=None):
    return subprocess.run(args, cwd=cwd, env=env, check=True, capture_output=True, text=True).stdout


def generate(repo):
    """Half text (words in lines), half incompressible bytes, from a fixed seed."""
    rng = random.Random(23)
    words = ["".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(2, 10))) for _ in range(5000)]
    os.makedirs(repo)
    for d in range(DIRS):
        os.makedirs(os.path.join(repo, f"pkg{d:02}"))
        for f in range(FILES_PER_DIR):
            path = os.path.join(repo, f"pkg{d:02}", f"mod{f:02}.txt" if f % 2 == 0 else f"asset{f:02}.bin")
            if f % 2 == 0:
                lines, size = [], 0
                while size < FILE_SIZE:
                    line = " ".join(rng.choice(words) for _ in range(12)) + "\n"
                    lines.append(line)
                    size += len(line)
                open(path, "w").write("".join(lines))
            else:
                open(path, "wb").write(rng.randbytes(FILE_SIZE))
    open(os.path.join(repo, "Procfile"), "w").write(PROCFILE)
    git(repo, "init", "-q", "-b", "main")
    git(repo, "add", "-A")
    git(repo, "commit", "-qm", "generated")


def git(repo, *args):
    run("git", "-c", "user.name=bench", "-c", "user.email=bench@example.com", *args, cwd=repo)


def env_for(data):
    env = dict(os.environ)
    env["BELT_DATA_DIR"] = data
    return env


def newest_version(repo, env):
    return json.loads(output(belt, "releases", "--json", "-a", APP, cwd=repo, env=env))[0]["version"]


def web_up(repo, env, version):
    """Polls `belt ps` until web.1 runs `version` and is up."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        for dyno in json.loads(output(belt, "ps", "--json", "-a", APP, cwd=repo, env=env)):
            if dyno["name"] == "web.1" and dyno["state"] == "up" and (dyno.get("release") or {}).get("version") == version:
                return
    sys.exit("web.1 never came up on the new release")


def push_bare(repo, bare):
    start = time.monotonic()
    run("git", "push", "-q", bare, "main", cwd=repo)
    return time.monotonic() - start


def push_belt(repo, env, version, first=False):
    """(seconds to the end of the push, seconds until the new release's dyno is up). The
    first push of an app is followed by `ps:scale web=1` (timed too): belt's first deploy
    does not scale web up by itself as Heroku's does."""
    start = time.monotonic()
    run("git", "push", "-q", "heroku", "main", cwd=repo, env=env)
    pushed = time.monotonic() - start
    if first:
        run(belt, "ps:scale", "web=1", "-a", APP, cwd=repo, env=env)
    web_up(repo, env, version)
    return pushed, time.monotonic() - start


def app_boot():
    start = time.monotonic()
    run("python3", "-S", "-c", APP_BOOT)
    return time.monotonic() - start


def disk(data, env):
    """Once the housekeeping after the last start (spares made, the old dyno's copy removed,
    at low priority) is over: `du` fails on a file removed under it."""
    for attempt in range(20):
        time.sleep(0.5)
        try:
            du = int(output("du", "-sk", "--exclude=repos", "--exclude=platform.db*", data).split()[0]) * 1024
            break
        except subprocess.CalledProcessError:
            if attempt == 19:
                raise
    status = json.loads(output(belt, "local:status", "--json", env=env))
    return {"store": (status.get("slugs") or {}).get("bytes"), "du": du}


def fresh(n):
    """A new data directory with the app created (git remote `heroku` repointed)."""
    data = os.path.join(sandbox, f"data{n}")
    env = env_for(data)
    run("git", "remote", "remove", "heroku", cwd=repo)
    run(belt, "create", APP, cwd=repo, env=env)
    return data, env


repo = os.path.join(sandbox, "app")
generate(repo)
run("git", "remote", "add", "heroku", "/nonexistent", cwd=repo)

first_bare, first_push, first_up = [], [], []
for n in range(first_rounds):
    bare = os.path.join(sandbox, f"bare{n}.git")
    run("git", "init", "-q", "--bare", bare)
    first_bare.append(push_bare(repo, bare))
    data, env = fresh(n)
    pushed, up = push_belt(repo, env, newest_version(repo, env) + 1, first=True)
    first_push.append(pushed)
    first_up.append(up)
    if n + 1 < first_rounds:
        run(belt, "local:stop", env=env)

# The last data directory goes on: 20 one-line changes, each pushed to both.
one_slug = disk(data, env)
version = newest_version(repo, env)
change_bare, change_push, change_up, change_boot = [], [], [], []
target = os.path.join(repo, "pkg07", "mod10.txt")
for n in range(rounds):
    lines = open(target).read().splitlines(keepends=True)
    lines[n % len(lines)] = f"changed in round {n}\n"
    open(target, "w").write("".join(lines))
    git(repo, "commit", "-qam", f"round {n}")
    change_bare.append(push_bare(repo, bare))
    version += 1
    pushed, up = push_belt(repo, env, version)
    change_push.append(pushed)
    change_up.append(up)
    change_boot.append(app_boot())
    # The housekeeping after the start (the spares for the next deploy, the old dyno's copy
    # removed: at low priority, but its links and unlinks share the disk's journal with git)
    # is over before the next round's bare push, which it would slow.
    time.sleep(0.3)
after = disk(data, env)
run(belt, "local:stop", env=env)

median = statistics.median
print(json.dumps({
    "files": DIRS * FILES_PER_DIR,
    "repo_bytes": sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(repo) if ".git" not in d for f in fs),
    "first": {"bare": median(first_bare), "push": median(first_push), "up": median(first_up), "rounds": first_rounds},
    "change": {"bare": median(change_bare), "push": median(change_push), "up": median(change_up), "app_boot": median(change_boot), "rounds": rounds},
    "disk": {"one": one_slug, "after": after},
}))
