import pytest

from intent_router.classifier import classify

CASES = [
    ("bhai mera parcel DBX204918377 kab aayega", "track_shipment"),
    ("I want to talk to a person", "human_agent"),
    ("parcel ka box pura phata hua tha", "complaint"),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_basic(text, expected):
    assert classify(text).intent == expected
