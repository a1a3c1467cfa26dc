"""Binds the registration feature's `@http` examples, checked without a browser."""

from pytest_bdd import scenarios

scenarios("registration.feature")
