"""Column-level inference: majority verdicts that survive malformed cells, names by the lexicon."""

import numpy as np

from modelward.data.pii import Entity, infer_column, infer_columns


def test_a_column_of_emails_with_malformed_cells_is_an_email_column():
    values = [f"user{i}@example.com" for i in range(40)] + ["not an email", "", None, "user@@bad"]
    col = infer_column("contact", values)
    assert col.entity == Entity.EMAIL and col.cells == 42 and 0.9 < col.share < 1


def test_single_names_need_the_column_name_and_the_lexicon():
    names = ["Mary", "James", "Patricia", "Robert", "Linda", "Michael"] * 5
    assert infer_column("first_name", names).entity == Entity.PERSON
    assert infer_column("colour", names).entity is None


def test_card_numbers_stored_as_numbers_and_scattered_pii_in_free_text():
    cols = infer_columns({
        "pan": np.array([4111111111111111.0, 5555555555554444.0, np.nan, 378282246310005.0]),
        "notes": ["fine", "call me at (415) 555-0132", "ok", "no", "fine", "ok", "yes", "later"],
        "amount": np.array([10.5, 3.0, 7.25, 1.0]),
    })
    by_name = {c.column: c for c in cols}
    assert by_name["pan"].entity == Entity.CARD and by_name["pan"].cells == 3
    assert by_name["notes"].entity is None and by_name["notes"].counts == {"phone": 1} and by_name["notes"].rows == (1,)
    assert by_name["amount"].counts == {}
