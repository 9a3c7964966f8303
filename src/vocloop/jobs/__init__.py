"""Background work: `vocloop worker` runs the scheduled analysis, alerts and deliveries."""
