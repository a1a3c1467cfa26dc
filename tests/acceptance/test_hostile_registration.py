"""Binds the hostile-input feature of the registration journey."""

from pytest_bdd import scenarios

scenarios("hostile_registration.feature")
