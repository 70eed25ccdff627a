"""Anchor generation and anchor-to-gt target assignment."""
