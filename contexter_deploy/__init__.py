"""Contexter deployment tooling: the environment model, synth, validation and reports."""
