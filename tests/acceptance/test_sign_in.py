"""Binds the sign-in journey's features."""

from pytest_bdd import scenarios

scenarios("sign_in.feature", "lost_password.feature")
