"""Weekly slots -> APScheduler jobs; reconciliation of missed slots; catch-up policy."""
