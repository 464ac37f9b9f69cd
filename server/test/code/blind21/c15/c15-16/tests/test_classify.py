import pytest

from classificatore.classify import classifica

CASI = [
    ("Buonasera, vorrei 2 margherite e una diavola per le 21 a Pozzuoli", "ordine"),
    ("Siete attrezzati per celiaci? Mia figlia è celiaca grave", "allergeni"),
    ("Ordine arrivato dopo un'ora e la pizza era fredda", "reclamo"),
    ("Avete posto sabato per 12 persone?", "prenotazione"),
]


@pytest.mark.integration
@pytest.mark.parametrize("testo,atteso", CASI)
def test_categorie(testo, atteso):
    assert classifica(testo)["categoria"] == atteso
