"""Analysis of complaint text: the root-cause taxonomy and the classifier that applies it."""
