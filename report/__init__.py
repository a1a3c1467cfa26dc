"""The run report: results per scenario and browser, and the page a product owner reads."""
