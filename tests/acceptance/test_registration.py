"""Binds the PACER registration journey's features: guidance, registering, linking."""

from pytest_bdd import scenarios

scenarios("registration_guidance.feature", "registration.feature", "account_linking.feature")
