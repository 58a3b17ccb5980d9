"""Input readers: bytes to text (any encoding), files, folders, model cards, SPDX documents."""
