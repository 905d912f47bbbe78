"""Model stealing: extraction attacks (equation solving, learning-based with active learning),
extraction-detection guards, watermarks and fingerprints."""
