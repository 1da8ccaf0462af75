#!/usr/bin/python3
"""newsclean on a Dask cluster: one task per shard, the binary called per shard.

Each worker runs `newsclean` on whole shards (files; gzip and zstd are read as
they are), streaming from disk to disk: no article passes through Python. Per
input shard the output folder gets the clean shard, its rejects and its
--stats-json, each written under a temporary folder and renamed into place
(stats last), so a worker killed in the middle leaves no partial shard; Dask
runs the task again elsewhere. The totals are summed at the end and checked:
articles read = written + rejected + empty.

  dask_clean.py clean --out DIR [--scheduler ADDR | --local N] SHARD... [-- NEWSCLEAN ARGS]
  dask_clean.py learn --out RULES [--scheduler ADDR | --local N] SHARD... [-- LEARN ARGS]

`learn` saves each shard's counts on the workers (`newsclean learn
--save-counts`), merges them with `newsclean learn --merge` here, and writes
the proposed rules: the same file as `newsclean learn` over the whole input.
A SHARD may be a folder: its files, sorted, recursively. --local N starts a
cluster of N worker processes on this machine for the run.
"""
import argparse, json, os, shutil, subprocess, sys, tempfile, uuid

SUFFIXES = (".gz", ".zst")


def list_shards(paths):
    shards = []
    for path in paths:
        if os.path.isdir(path):
            for base, _, names in sorted(os.walk(path)):
                shards += [os.path.join(base, n) for n in sorted(names) if not n.startswith(".")]
        else:
            shards.append(path)
    return shards


def shard_name(shard, index):
    """A shard's output name: its file name without a compression suffix, numbered so names never clash."""
    name = os.path.basename(shard)
    for suffix in SUFFIXES:
        if name.endswith(suffix):
            name = name[: -len(suffix)]
    return f"{index:05d}-{name}"


def clean_shard(binary, shard, out_dir, name, args):
    """Runs on a worker: cleans one shard; returns its exit status and stats."""
    work = os.path.join(out_dir, f".tmp-{name}-{uuid.uuid4().hex}")
    os.makedirs(work)
    try:
        files = {kind: os.path.join(work, kind) for kind in ("out", "rejects", "stats")}
        with open(os.devnull, "rb") as stdin:
            done = subprocess.run([binary, *args, "-o", files["out"], "--rejects", files["rejects"],
                                   "--stats-json", files["stats"], "--no-progress", shard],
                                  stdin=stdin, stderr=subprocess.PIPE)
        if done.returncode == 2 or not os.path.exists(files["stats"]):
            raise RuntimeError(f"{shard}: newsclean failed ({done.returncode}): {done.stderr.decode(errors='replace')}")
        for kind in ("out", "rejects"):
            if not os.path.exists(files[kind]):
                open(files[kind], "wb").close()
            os.replace(files[kind], os.path.join(out_dir, f"{name}.{kind}"))
        stats = json.load(open(files["stats"]))
        os.replace(files["stats"], os.path.join(out_dir, f"{name}.stats.json"))  # last: the shard is done
        return done.returncode, stats, done.stderr.decode(errors="replace")
    finally:
        shutil.rmtree(work, ignore_errors=True)


def count_shard(binary, shard, out_dir, name, args):
    """Runs on a worker: one shard's learn counts, renamed into place when whole."""
    final = os.path.join(out_dir, f"{name}.counts")
    temporary = f"{final}.tmp-{uuid.uuid4().hex}"
    try:
        done = subprocess.run([binary, "learn", *args, "--save-counts", temporary, shard],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        if done.returncode == 2 or not os.path.exists(temporary):
            raise RuntimeError(f"{shard}: newsclean learn failed: {done.stderr.decode(errors='replace')}")
        os.replace(temporary, final)
        return final
    finally:
        if os.path.exists(temporary):
            os.remove(temporary)


def add_stats(total, part):
    for key, value in part.items():
        if isinstance(value, dict):
            add_stats(total.setdefault(key, {}), value)
        elif isinstance(value, (int, float)):
            total[key] = total.get(key, 0) + value
    return total


def run(client, a, shards):
    binary = os.path.abspath(a.bin)
    names = [shard_name(s, i) for i, s in enumerate(shards)]
    if a.command == "clean":
        os.makedirs(a.out, exist_ok=True)
        futures = client.map(clean_shard, [binary] * len(shards), shards, [os.path.abspath(a.out)] * len(shards),
                             names, [a.args] * len(shards), pure=False)
        total, status = {}, 0
        for shard, (code, stats, messages) in zip(shards, client.gather(futures)):
            sys.stderr.write(messages)
            status = max(status, code)
            add_stats(total, stats)
        # A task whose worker was killed left its temporary folder (the task ran
        # again elsewhere and renamed its own files into place).
        for leftover in os.listdir(a.out):
            if leftover.startswith(".tmp-"):
                shutil.rmtree(os.path.join(a.out, leftover), ignore_errors=True)
        with open(os.path.join(a.out, "stats.json"), "w") as f:
            json.dump(total, f, indent=1, sort_keys=True)
        read = total.get("articles_read", 0)
        accounted = total.get("written", 0) + total.get("rejected", 0) + total.get("empty", 0)
        print(f"{len(shards)} shards: {read} articles read, {total.get('written', 0)} written, "
              f"{total.get('rejected', 0)} rejected, {total.get('empty', 0)} empty", file=sys.stderr)
        if read != accounted:
            print(f"dask_clean: the totals do not balance: {read} read, {accounted} accounted for", file=sys.stderr)
            return 2
        return status
    work = tempfile.mkdtemp(prefix="newsclean-counts-", dir=os.path.dirname(os.path.abspath(a.out)))
    try:
        futures = client.map(count_shard, [binary] * len(shards), shards, [work] * len(shards), names,
                             [a.args] * len(shards), pure=False)
        counts = client.gather(futures)
        merge = [arg for c in counts for arg in ("--merge", c)]
        return subprocess.run([binary, "learn", *a.args, *merge, "-o", a.out]).returncode
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    extra = []
    if "--" in argv:
        at = argv.index("--")
        argv, extra = argv[:at], argv[at + 1:]
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("command", choices=["clean", "learn"])
    ap.add_argument("shards", nargs="+")
    ap.add_argument("--out", required=True, help="clean: the output folder; learn: the rules file")
    ap.add_argument("--bin", default=shutil.which("newsclean") or "build/newsclean", help="the newsclean binary")
    where = ap.add_mutually_exclusive_group()
    where.add_argument("--scheduler", help="address of a running Dask scheduler")
    where.add_argument("--local", type=int, default=2, help="start N local worker processes (default 2)")
    a = ap.parse_args(argv)
    a.args = extra
    shards = list_shards(a.shards)
    if not shards:
        print("dask_clean: no shards", file=sys.stderr)
        return 2
    from distributed import Client, LocalCluster
    if a.scheduler:
        with Client(a.scheduler) as client:
            return run(client, a, shards)
    with LocalCluster(n_workers=a.local, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address=None) as cluster, Client(cluster) as client:
        return run(client, a, shards)


if __name__ == "__main__":
    sys.exit(main())
