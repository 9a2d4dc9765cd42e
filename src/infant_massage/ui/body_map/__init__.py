"""The body map: the clickable baby, its drawings, labels and accessible regions."""
