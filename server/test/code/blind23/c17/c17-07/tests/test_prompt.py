from klasyfikator.prompt import ETYKIETY, INSTRUKCJA


def test_wszystkie_etykiety_w_instrukcji():
    for e in ETYKIETY:
        assert e in INSTRUKCJA
