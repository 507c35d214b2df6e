"""The bundled seed briefing: a 2021 report on the U.S.-Japan "two-plus-two" talks."""
