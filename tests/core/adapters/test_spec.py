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
