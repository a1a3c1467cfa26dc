"""Steps for the examples a feature runs at the HTTP level (its `@http` Examples), without a browser.

Each module here defines, for one journey, the same step texts as its module in `steps/` does, over an
`HttpPage` rather than a browser page. `tests/acceptance/http/conftest.py` makes them the definitions of
those steps for the scenarios bound there, and only there.
"""
