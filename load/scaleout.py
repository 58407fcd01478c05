#!/usr/bin/env python3
"""Scale-out check: several service instances on one database ingest overlapping articles at once.

Every article is POSTed `--copies` times, spread over all instances and `--workers` concurrent
connections, and distinct articles share speakers (newsgen's popular names). Passes when, per article,
exactly one answer is 201 and the others 200 with the same id, nothing else is answered, every instance
lists the same number of articles, and (with --psql) the database holds no duplicate article, speaker or
quote. Used by .ci/scaleout on PostgreSQL; standard library only.

  python3 load/scaleout.py --instances http://127.0.0.1:18181,http://127.0.0.1:18182 --articles 40 --copies 4
"""
import argparse
import json
import os
import random
import subprocess
import sys
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import newsgen  # noqa: E402

DUPLICATE_QUERIES = {
    "articles with the same url": "SELECT count(*) FROM (SELECT url FROM article WHERE url IS NOT NULL GROUP BY url HAVING count(*) > 1) d",
    "articles with the same content hash": "SELECT count(*) FROM (SELECT content_hash FROM article GROUP BY content_hash HAVING count(*) > 1) d",
    "speakers with the same merge key": "SELECT count(*) FROM (SELECT merge_key FROM speaker GROUP BY merge_key HAVING count(*) > 1) d",
    "named people/organisations stored twice": "SELECT count(*) FROM (SELECT kind, normalized_name FROM speaker WHERE kind IN ('PERSON','ORGANIZATION','person','organization') GROUP BY kind, normalized_name HAVING count(*) > 1) d",
    "quotes stored twice (article, span)": "SELECT count(*) FROM (SELECT article_id, span_start, span_end FROM quote GROUP BY article_id, span_start, span_end HAVING count(*) > 1) d",
}


def post(base, article, api_key):
    body = json.dumps(article).encode("utf-8")
    req = urllib.request.Request(base + "/api/v1/articles", data=body, method="POST",
                                 headers={"Content-Type": "application/json", "Accept": "application/json"})
    if api_key:
        req.add_header("X-API-Key", api_key)
    try:
        with urllib.request.urlopen(req, timeout=120) as resp:
            return resp.status, json.loads(resp.read() or b"{}")
    except urllib.error.HTTPError as e:
        return e.code, {"error": e.read().decode("utf-8", "replace")[:500]}
    except Exception as e:  # connection reset, timeout: a failure of the check
        return 0, {"error": repr(e)}


def get_json(url):
    with urllib.request.urlopen(url, timeout=60) as resp:
        return json.loads(resp.read())


def psql_count(psql, sql):
    out = subprocess.run(psql + ["-Atc", sql], check=True, capture_output=True, text=True).stdout.strip()
    return int(out)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--instances", required=True, help="comma-separated base URLs")
    ap.add_argument("--articles", type=int, default=40)
    ap.add_argument("--copies", type=int, default=4, help="times each article is posted")
    ap.add_argument("--workers", type=int, default=16)
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--psql", default="", help="psql command line for the database, e.g. 'psql -h 127.0.0.1 -U u db'")
    args = ap.parse_args()
    instances = [u.rstrip("/") for u in args.instances.split(",")]
    api_key = os.environ.get("QUOTES_API_KEY", "")

    pop = newsgen.Population(size=60)  # few speakers: every article shares several with others
    articles = [newsgen.article(n, pop, args.seed, quotes=8) for n in range(args.articles)]
    jobs = [(i, instances[(i + c) % len(instances)]) for i in range(len(articles)) for c in range(args.copies)]
    random.Random(args.seed).shuffle(jobs)
    with ThreadPoolExecutor(max_workers=args.workers) as pool:
        results = list(pool.map(lambda job: (job[0], job[1], post(job[1], articles[job[0]], api_key)), jobs))

    failures = []
    for i, article in enumerate(articles):
        answers = [(base, status, body) for (j, base, (status, body)) in results if j == i]
        statuses = sorted(status for _, status, _ in answers)
        ids = {body.get("id") for _, status, body in answers if status in (200, 201)}
        if statuses.count(201) != 1 or any(s not in (200, 201) for s in statuses) or len(ids) != 1:
            failures.append(f"{article['url']}: statuses {statuses}, ids {sorted(map(str, ids))}, "
                            f"errors {[b.get('error') for _, s, b in answers if s not in (200, 201)]}")
    created = sum(1 for _, _, (s, _) in results if s == 201)
    print(f"posted {len(jobs)} requests for {len(articles)} articles over {len(instances)} instances: "
          f"{created} x 201, {sum(1 for _, _, (s, _) in results if s == 200)} x 200, "
          f"{sum(1 for _, _, (s, _) in results if s not in (200, 201))} other")

    for base in instances:
        total = get_json(base + "/api/v1/articles?pageSize=1")["total"]
        print(f"{base} lists {total} articles")
        if total != len(articles):
            failures.append(f"{base} lists {total} articles, expected {len(articles)}")
    quotes = get_json(instances[0] + "/api/v1/quotes?pageSize=1")["total"]
    speakers = get_json(instances[0] + "/api/v1/speakers?pageSize=1")["total"]
    print(f"stored {quotes} quotes, {speakers} speakers")

    if args.psql:
        psql = args.psql.split()
        for what, sql in DUPLICATE_QUERIES.items():
            n = psql_count(psql, sql)
            print(f"  duplicates - {what}: {n}")
            if n:
                failures.append(f"{n} {what}")
    if failures:
        print("SCALE-OUT CHECK FAILED:", *failures, sep="\n  ")
        sys.exit(1)
    print("scale-out check passed: no duplicate article, speaker or quote; one 201 per article")


if __name__ == "__main__":
    main()
