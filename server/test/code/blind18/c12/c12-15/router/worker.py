import os

import redis

from .classify import classify

QUEUES = {"kargo": "q:kargo", "iade": "q:iade", "odeme": "q:odeme", "siparis_olustur": "q:satis"}


def main() -> None:
    r = redis.from_url(os.environ["REDIS_URL"], decode_responses=True)
    stream = os.environ.get("INBOUND_STREAM", "wa:inbound")
    last = "$"
    while True:
        for _, entries in r.xread({stream: last}, block=5000, count=20) or []:
            for msg_id, fields in entries:
                last = msg_id
                res = classify(fields["text"])
                target = QUEUES.get(res.intent, "q:diger") if res.confidence >= 0.6 else "q:diger"
                r.xadd(target, {**fields, "intent": res.intent, "siparis_no": res.siparis_no or ""})


if __name__ == "__main__":
    main()
