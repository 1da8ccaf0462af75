#!/usr/bin/python3
"""End-to-end test of scale/dask_clean.py on a real Dask cluster.

Starts a scheduler and two worker processes on 127.0.0.1, cleans 20 shards of
generated articles (plain, gzip and zstd JSONL, one bad record among them),
and checks that the shards' outputs, concatenated in order, equal one
newsclean run over the same input, that the summed stats balance, and that
learning over the shards gives the rules of one `learn` over the whole. Then
the same with one worker killed in the middle of the run. The cluster is shut
down whatever happens. Exit 77 (skipped) when Dask is not installed.

usage: test_dask.py NEWSCLEAN_BINARY
"""
import gzip, json, os, random, signal, subprocess, sys, tempfile, threading, time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

try:
    from distributed import Client, LocalCluster
except ImportError:
    print("skipped: python3-distributed is not installed (scripts/install-deps.sh --scale)")
    sys.exit(77)

import dask_clean

WORDS = "harbor council library robot budget river school station market bridge weather season ferry garden".split()


def make_shards(folder, rng):
    """20 shards of JSONL, 30 articles each, from 4 sites with their own chrome."""
    shards, whole = [], []
    for s in range(20):
        records = []
        for n in range(30):
            site = f"site{(s * 30 + n) % 4}.example"
            body = [" ".join(rng.choice(WORDS) for _ in range(rng.randint(9, 16))).capitalize() + "."
                    for _ in range(rng.randint(3, 7))]
            text = "\n".join([f"{site} home", "Menu"] + body + [f"Copyright {site}. All rights reserved.",
                                                                  "Subscribe to our newsletter"])
            records.append(json.dumps({"id": f"s{s}-{n}", "site": site, "text": text}))
        if s == 7:
            records.insert(5, '{"id": "broken", "text": ')  # a bad record: rejected, counted
        data = ("\n".join(records) + "\n").encode()
        whole.append(data)
        name = os.path.join(folder, f"shard{s:02d}.jsonl")
        if s % 3 == 1:
            with gzip.open(name + ".gz", "wb") as f:
                f.write(data)
            name += ".gz"
        elif s % 3 == 2:
            subprocess.run(["zstd", "-q", "-o", name + ".zst"], input=data, check=True)
            name += ".zst"
        else:
            open(name, "wb").write(data)
        shards.append(name)
    with open(os.path.join(folder, "..", "whole.jsonl"), "wb") as f:
        f.write(b"".join(whole))
    return shards


def check(condition, what):
    if not condition:
        raise AssertionError(what)


class Args:
    def __init__(self, command, out, binary, args):
        self.command, self.out, self.bin, self.args = command, out, binary, args


def clean_and_compare(client, binary, shards, work, label, during=None):
    out = os.path.join(work, f"out-{label}")
    args = Args("clean", out, binary, ["-f", "jsonl"])
    result = {}
    runner = threading.Thread(target=lambda: result.update(status=dask_clean.run(client, args, shards)))
    runner.start()
    if during:
        during(out)
    runner.join()
    check(result.get("status") in (0, 1), f"{label}: run failed: {result}")
    names = sorted(n for n in os.listdir(out) if n.endswith(".out"))
    check(len(names) == len(shards), f"{label}: {len(names)} output shards for {len(shards)} inputs")
    check(not [n for n in os.listdir(out) if n.startswith(".tmp-")], f"{label}: temporary files left behind")
    joined = b"".join(open(os.path.join(out, n), "rb").read() for n in names)
    whole = open(os.path.join(work, "whole.out"), "rb").read()
    check(joined == whole, f"{label}: concatenated shards differ from one run")
    rejects = b"".join(open(os.path.join(out, n[:-4] + ".rejects"), "rb").read() for n in names)
    check(rejects == open(os.path.join(work, "whole.rejects"), "rb").read(), f"{label}: rejects differ")
    total = json.load(open(os.path.join(out, "stats.json")))
    one = json.load(open(os.path.join(work, "whole.stats.json")))
    for key in ("articles_read", "written", "rejected", "empty", "lines_in", "lines_dropped", "by_rule"):
        check(total[key] == one[key], f"{label}: {key} {total[key]} != {one[key]}")
    check(total["articles_read"] == total["written"] + total["rejected"] + total["empty"], f"{label}: unbalanced")
    check(total["rejected"] == 1, f"{label}: the bad record was not rejected once")


def main():
    binary = os.path.abspath(sys.argv[1])
    rng = random.Random(11)
    with tempfile.TemporaryDirectory(prefix="newsclean-dask-") as work:
        shard_dir = os.path.join(work, "shards")
        os.makedirs(shard_dir)
        shards = make_shards(shard_dir, rng)
        whole = os.path.join(work, "whole.jsonl")
        subprocess.run([binary, "-f", "jsonl", "--no-progress", "-o", os.path.join(work, "whole.out"), "--rejects",
                        os.path.join(work, "whole.rejects"), "--stats-json", os.path.join(work, "whole.stats.json"),
                        whole], stderr=subprocess.DEVNULL)
        learn_args = ["--min-articles", "5", "--min-share", "0.05"]
        rules = os.path.join(work, "whole.rules")
        subprocess.run([binary, "learn", *learn_args, "-o", rules, whole], stderr=subprocess.DEVNULL, check=False)

        # Each task sleeps first, so that a worker can be killed while it holds one.
        slow = os.path.join(work, "slow-newsclean")
        with open(slow, "w") as f:
            f.write(f"#!/bin/sh\nsleep 0.4\nexec {binary} \"$@\"\n")
        os.chmod(slow, 0o755)

        with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                          dashboard_address=None) as cluster, Client(cluster) as client:
            check(len(client.scheduler_info()["workers"]) == 2, "two workers")
            clean_and_compare(client, binary, shards, work, "plain")

            learned = os.path.join(work, "dask.rules")
            status = dask_clean.run(client, Args("learn", learned, binary, learn_args), shards)
            check(status == 0, f"learn on the cluster: status {status}")
            check(open(learned).read() == open(rules).read(), "merged learn differs from one learn run")
            check("exact Subscribe to our newsletter" in open(learned).read(), "learn found nothing")

            def kill_one_worker(out):
                deadline = time.time() + 30
                while time.time() < deadline:
                    if os.path.isdir(out) and any(n.endswith(".stats.json") for n in os.listdir(out)):
                        break
                    time.sleep(0.05)
                pids = client.run(os.getpid)
                busy = [worker for worker, tasks in client.processing().items() if tasks]
                check(busy, "no worker held a task when one was to be killed")
                victim = sorted(busy)[0]
                os.kill(pids[victim], signal.SIGKILL)
                print(f"killed worker {victim} (pid {pids[victim]}) while it held a task")

            clean_and_compare(client, slow, shards, work, "killed", during=kill_one_worker)
    print("dask: 20 shards on 2 workers equal one run (also with a worker killed); merged learn equals learn")
    return 0


if __name__ == "__main__":
    sys.exit(main())
