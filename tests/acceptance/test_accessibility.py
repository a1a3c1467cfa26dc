"""Binds the accessibility feature."""

from pytest_bdd import scenarios

scenarios("accessibility.feature")
