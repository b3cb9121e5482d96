"""The wizard's page ids, in the order a station goes through them (the office stops at its own)."""

PAGE_ROLE, PAGE_OFFICE, PAGE_COMMUNE, PAGE_OUTPUT, PAGE_FINISH = range(5)
