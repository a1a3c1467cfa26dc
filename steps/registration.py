"""Steps of the PACER registration journey: guidance, the wizard, activation and linking."""
