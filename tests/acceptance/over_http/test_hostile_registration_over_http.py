"""Binds the registration hostile-input feature's `@http` examples, checked without a browser."""

from pytest_bdd import scenarios

scenarios("hostile_registration.feature")
