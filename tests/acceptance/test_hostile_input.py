"""Binds the hostile-input feature."""

from pytest_bdd import scenarios

scenarios("hostile_input.feature")
