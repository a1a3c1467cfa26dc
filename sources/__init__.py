"""The court's two source pages: their sentences, who accounts for each, and the check of the live pages."""
