import numpy as np
import pytest

from modelward.core.adapters.spec import FeatureKind, InputSpec, parse_spec
from modelward.core.errors import ConfigError, DataError


def test_infer_tells_numeric_integer_and_categorical_apart():
    rng = np.random.default_rng(0)
    X = np.column_stack([rng.normal(size=200), rng.integers(0, 1000, 200), rng.integers(0, 3, 200)])
    spec = InputSpec.infer(X, ["height", "count", "colour"])
    assert [f.kind for f in spec.features] == [FeatureKind.NUMERIC, FeatureKind.INTEGER, FeatureKind.CATEGORICAL]
    assert spec.features[2].categories == (0.0, 1.0, 2.0)
    assert spec.lower[0] == X[:, 0].min() and spec.upper[1] == X[:, 1].max()


def test_clip_projects_rows_into_the_domain():
    spec = InputSpec.infer(np.array([[0.0, 0, 1], [1.0, 10, 3], [0.5, 5, 1]]))
    clipped = spec.clip(np.array([[2.0, 4.6, 2.4], [-1.0, 99, 0]]))
    np.testing.assert_allclose(clipped, [[1.0, 5.0, 3.0], [0.0, 10.0, 1.0]])


def test_check_names_what_is_wrong():
    spec = InputSpec.infer(np.zeros((3, 2)) + np.arange(2))
    with pytest.raises(DataError, match="3 features per row, the model expects 2"):
        spec.check(np.zeros((1, 3)))
    with pytest.raises(DataError, match="NaN at row 1, feature x1"):
        spec.check(np.array([[0.0, 1.0], [0.0, np.nan]]))


def test_declared_spec_from_toml():
    spec = parse_spec('''
        [[feature]]
        name = "age"
        kind = "integer"
        lower = 18
        upper = 99
        mutable = false

        [[feature]]
        name = "plan"
        kind = "categorical"
        categories = [0, 1, 2]
    ''')
    assert spec.names == ("age", "plan")
    assert not spec.mutable_mask[0] and spec.mutable_mask[1]
    np.testing.assert_allclose(spec.clip(np.array([[10.4, 1.7]])), [[18.0, 2.0]])
    pixels = parse_spec("[all]\nn_features = 64\nlower = 0\nupper = 1\n")
    assert pixels.n_features == 64 and pixels.upper.max() == 1.0


@pytest.mark.parametrize(("text", "message"), [
    ("[[feature]]\nkind = 'numeric'\n", "'name' must be"),
    ("[[feature]]\nname = 'a'\nkind = 'text'\n", "'kind' must be one of"),
    ("[[feature]]\nname = 'a'\nlower = 2\nupper = 1\n", "lower 2.0 is above upper 1.0"),
    ("[[feature]]\nname = 'a'\nkind = 'categorical'\n", "needs 'categories'"),
    ("[all]\nn_features = 0\n", "positive integer"),
    ("x = [", "not valid TOML"),
    ("", "declares no"),
])
def test_bad_spec_is_a_config_error(text, message):
    with pytest.raises(ConfigError, match=message):
        parse_spec(text, "spec.toml")


def test_constant_columns_of_digits_are_numeric_and_movable_under_with_bounds():
    # the trap: the all-zero border pixels became single-category categorical features no attack could move
    from sklearn.datasets import load_digits

    from modelward.robustness.constraints import Constraints

    X = load_digits().data[:300] / 16.0
    constant = np.flatnonzero(X.min(axis=0) == X.max(axis=0))
    assert constant.size > 0
    inferred = InputSpec.infer(X)
    assert all(inferred.features[j].kind == FeatureKind.NUMERIC for j in constant)
    spec = inferred.with_bounds(0.0, 1.0)
    assert {f.kind for f in spec.features} == {FeatureKind.NUMERIC}
    assert (spec.lower == 0).all() and (spec.upper == 1).all()
    cons = Constraints.from_spec(spec, X.shape[1])
    moved = cons.finalize(X[:5] + 0.3, X[:5])  # what every attack returns
    assert (moved[:, constant] > 0).all()


def test_with_bounds_makes_every_feature_numeric_in_the_box_and_keeps_names():
    X = np.array([[0.0, 1, 0], [1.0, 0, 2], [0.0, 1, 1]])
    spec = InputSpec.infer(X, ["a", "b", "c"]).with_bounds(-1.0, 2.0)
    assert spec.names == ("a", "b", "c")
    assert all(f.kind == FeatureKind.NUMERIC and f.categories == () for f in spec.features)
    with pytest.raises(DataError, match="lower <= upper"):
        spec.with_bounds(1.0, 0.0)


def test_box_declares_n_numeric_features_in_one_line_like_the_toml_all_table():
    spec = InputSpec.box(64, 0.0, 1.0)
    assert spec == parse_spec("[all]\nn_features = 64\nlower = 0.0\nupper = 1.0\n")
    assert spec.n_features == 64 and {f.kind for f in spec.features} == {FeatureKind.NUMERIC}
    assert (spec.lower == 0).all() and (spec.upper == 1).all()
    for bad in (0, -3, 2.5, True):
        with pytest.raises(DataError, match="n_features must be a positive integer"):
            InputSpec.box(bad, 0.0, 1.0)  # type: ignore[arg-type]
