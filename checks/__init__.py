"""Checks that run before or beside the suite: the dry run (every step defined, every feature bound) with the step
definitions it prints to paste, and the HTML check of the pages the accessibility tour audited."""
