"""Label errors: out-of-fold probabilities from an ensemble of diverse models, confident learning to
count the errors, self-confidence to rank the rows, and a second round trained without the suspects."""

from modelward.data.labels.detect import LabelErrors, find_label_errors

__all__ = ["LabelErrors", "find_label_errors"]
