"""Steps of viewing filed documents: NEF free looks, attorneys of record, fees, client codes."""
