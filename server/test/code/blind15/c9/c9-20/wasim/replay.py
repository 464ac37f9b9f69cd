import argparse
import asyncio
import json
import random
import time

import httpx

from wasim.payloads import inbound_text


async def one(client: httpx.AsyncClient, url: str, wa_id: str, body: str) -> float:
    t0 = time.perf_counter()
    r = await client.post(url, json=inbound_text(wa_id, body))
    r.raise_for_status()
    return time.perf_counter() - t0


async def run(url: str, n: int, conc: int, corpus: list[str]) -> None:
    sem = asyncio.Semaphore(conc)
    async with httpx.AsyncClient(timeout=30) as c:
        async def task(i):
            async with sem:
                return await one(c, url, f"1555000{i % 500:04d}", random.choice(corpus))
        lat = sorted(await asyncio.gather(*(task(i) for i in range(n))))
    print(f"n={n} p50={lat[n // 2]:.3f}s p95={lat[int(n * .95)]:.3f}s max={lat[-1]:.3f}s")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--url", default="http://localhost:8000/webhook")
    ap.add_argument("-n", type=int, default=200)
    ap.add_argument("-c", type=int, default=20)
    ap.add_argument("--corpus", default="fixtures/messages.json")
    a = ap.parse_args()
    asyncio.run(run(a.url, a.n, a.c, json.load(open(a.corpus, encoding="utf-8"))))
