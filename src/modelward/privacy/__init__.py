"""Privacy: membership inference, model inversion and attribute inference audits, differential privacy
and output perturbation. Heavy pieces (torch) are imported inside the functions that need them."""
