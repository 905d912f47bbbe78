"""Membership inference: attacks (threshold, shadow, LiRA, RMIA, label-only) and the audit that runs them."""
