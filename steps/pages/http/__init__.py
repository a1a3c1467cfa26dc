"""Page objects over HTTP, for a feature's `@http` examples: each module here mirrors its namesake in `steps/pages/`
with the same methods, driving `HttpPage` (page.py) instead of a browser. fixtures/drivers.py picks which."""
