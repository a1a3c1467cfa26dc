"""Binds the features about viewing filed documents."""

from pytest_bdd import scenarios

scenarios("free_look.feature", "access_fees.feature")
