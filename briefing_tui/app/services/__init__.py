"""Services the reader uses beside its screens: work that is not drawing (live reload)."""
