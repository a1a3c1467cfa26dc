"""pytest-bdd step definitions, one module per journey, over the page objects in steps/pages."""
