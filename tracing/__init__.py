"""From a passage ID to its code: the scenarios tagged with it, their step definitions, page objects and simulator."""
